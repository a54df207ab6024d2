import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistryChangeStatus } from './api';

const COLORS: Record<RegistryChangeStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
};

export const RegistryChangeStatusTag = ({ status }: { status: RegistryChangeStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`registryChanges.statuses.${status}`)}
    </Tag>
  );
};

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemKind, ItemStatus, RedemptionStatus } from './api';

const REDEMPTION_COLORS: Record<RedemptionStatus, string> = {
  held: 'orange',
  collected: 'green',
  cancelled: 'default',
  expired: 'default',
};

export const ItemKindTag = ({ kind }: { kind: ItemKind }) => {
  const { t } = useTranslation();
  return <Tag color={kind === 'service' ? 'purple' : 'cyan'}>{t(`shop.kinds.${kind}`)}</Tag>;
};

export const ItemStatusTag = ({ status }: { status: ItemStatus }) => {
  const { t } = useTranslation();
  return <Tag color={status === 'listed' ? 'green' : 'default'}>{t(`shop.statuses.${status}`)}</Tag>;
};

export const RedemptionStatusTag = ({ status }: { status: RedemptionStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={REDEMPTION_COLORS[status]} data-testid="redemption-status">
      {t(`shop.redemptionStatuses.${status}`)}
    </Tag>
  );
};

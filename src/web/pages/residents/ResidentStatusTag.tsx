import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentStatus } from '../../api/residents';

const COLORS: Record<ResidentStatus, string> = { active: 'green', movedAway: 'default', died: 'default' };

export const ResidentStatusTag = ({ status }: { status: ResidentStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`residents.statuses.${status}`)}
    </Tag>
  );
};

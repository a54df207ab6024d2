import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../api/activities';

const COLORS: Record<ActivityStatus, string> = {
  draft: 'default',
  published: 'processing',
  finished: 'success',
  cancelled: 'error',
};

export const ActivityStatusTag = ({ status }: { status: ActivityStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="activity-status">
      {t(`activities.statuses.${status}`)}
    </Tag>
  );
};

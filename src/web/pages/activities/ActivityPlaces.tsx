import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/activities';

// "已报 n/容量" with a bar, and "候补 m" when anyone waits.
export const ActivityPlaces = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation();
  const full = activity.registeredCount >= activity.capacity;
  return (
    <div style={{ minWidth: 120, lineHeight: 1.35 }} data-testid="activity-places">
      <div style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text>
          {t('activities.places', { registered: activity.registeredCount, capacity: activity.capacity })}
        </Typography.Text>
        {activity.waitlistCount > 0 ? (
          <Typography.Text type="warning" style={{ marginInlineStart: 8 }}>
            {t('activities.waitlist', { count: activity.waitlistCount })}
          </Typography.Text>
        ) : null}
      </div>
      <Progress
        percent={Math.round((activity.registeredCount / activity.capacity) * 100)}
        showInfo={false}
        size="small"
        status={full ? 'success' : 'normal'}
        style={{ margin: 0, width: 120, display: 'block' }}
      />
    </div>
  );
};

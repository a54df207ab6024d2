import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMyNotifications } from './useMyActivities';

// The title bar's bell, with the number of new messages.
export const NotificationBell = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useMyNotifications();
  const unread = data?.unread ?? 0;
  return (
    <button
      type="button"
      onClick={() => navigate('/m/notifications')}
      aria-label={t('mobile.notifications')}
      data-testid="m-notifications"
      style={{ border: 0, background: 'none', padding: 8, fontSize: 22, color: '#1f1f1f', cursor: 'pointer' }}
    >
      <Badge content={unread > 0 ? unread : null}>
        <BellOutlined />
      </Badge>
    </button>
  );
};

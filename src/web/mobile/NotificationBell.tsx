import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMyNotifications } from './useMyActivities';

// The title bar's 消息: a bell with its word beside it (an icon alone says nothing to many older
// residents), and the number of new messages in a badge large enough to read.
export const NotificationBell = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useMyNotifications();
  const unread = data?.unread ?? 0;
  return (
    <button
      type="button"
      onClick={() => navigate('/m/notifications')}
      aria-label={unread > 0 ? t('mobile.bellUnread', { count: unread }) : t('mobile.bell')}
      data-testid="m-notifications"
      style={{
        border: 0,
        background: 'none',
        minHeight: 44,
        padding: '4px 2px 4px 8px',
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
        color: '#1f1f1f',
        font: 'inherit',
        cursor: 'pointer',
      }}
    >
      <BellOutlined style={{ fontSize: '1.3em' }} />
      <span>{t('mobile.bell')}</span>
      {unread > 0 ? (
        <span
          data-testid="m-unread"
          style={{
            minWidth: 22,
            height: 22,
            padding: '0 6px',
            borderRadius: 11,
            background: '#cf1322',
            color: '#fff',
            fontSize: 14,
            fontWeight: 700,
            lineHeight: '22px',
            textAlign: 'center',
            boxSizing: 'border-box',
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </button>
  );
};

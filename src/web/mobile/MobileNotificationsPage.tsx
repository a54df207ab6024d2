import { useQueryClient } from '@tanstack/react-query';
import { DotLoading, ErrorBlock, List, Tag } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MyNotification } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { formatMinute } from '../pages/activities/activityTime';
import { MobilePage } from './MobilePage';
import { MY_NOTIFICATIONS_KEY, useMyNotifications } from './useMyActivities';

// 消息通知: 候补成功, 活动取消 …; new ones are marked, and count as read once this page is left.
export const MobileNotificationsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { data, isPending, isError, error } = useMyNotifications();

  useEffect(
    () => () => {
      queryClient.setQueryData<{ items: MyNotification[] }>(MY_NOTIFICATIONS_KEY, (current) =>
        current ? { items: current.items.map((n) => ({ ...n, read: true })) } : current,
      );
    },
    [queryClient],
  );

  const items = data?.items ?? [];
  return (
    <MobilePage title={t('mobile.notifications')} onBack={() => navigate('/m')}>
      {isPending ? (
        <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
          <DotLoading color="primary" />
        </div>
      ) : isError ? (
        <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(error)} />
      ) : items.length === 0 ? (
        <ErrorBlock status="empty" title={t('mobile.noNotifications')} description="" />
      ) : (
        <List style={{ borderRadius: 12, overflow: 'hidden' }}>
          {items.map((n) => (
            <List.Item
              key={n.id}
              title={formatMinute(n.createdAt)}
              description={<span style={{ color: '#434343', fontSize: '1em' }}>{n.body}</span>}
            >
              <span style={{ fontWeight: 600 }}>{n.title}</span>
              {n.read ? null : (
                <Tag color="danger" fill="solid" style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>
                  {t('mobile.unread')}
                </Tag>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </MobilePage>
  );
};

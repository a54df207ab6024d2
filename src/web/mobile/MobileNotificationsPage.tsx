import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DotLoading, ErrorBlock, List, Tag } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { markMyNotificationsRead } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { formatMinute } from '../pages/activities/activityTime';
import { MobilePage } from './MobilePage';
import { MY_NOTIFICATIONS_KEY, useMyNotifications } from './useMyActivities';

// 消息通知: 候补成功, 活动取消 …; opening the page marks them read on the server, while the ones that
// were new when it opened keep their 未读 tag until the page is left.
export const MobileNotificationsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { data, isPending, isError, error } = useMyNotifications();
  const [newOnOpen, setNewOnOpen] = useState<ReadonlySet<string> | null>(null);
  const markRead = useMutation({
    mutationFn: (ids: string[]) => markMyNotificationsRead(ids),
    onSuccess: (list) => queryClient.setQueryData(MY_NOTIFICATIONS_KEY, list),
  });

  useEffect(() => {
    if (!data || newOnOpen) return;
    const unread = data.items.filter((n) => !n.read).map((n) => n.id);
    setNewOnOpen(new Set(unread));
    if (unread.length > 0) markRead.mutate(unread);
  }, [data, newOnOpen, markRead]);

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
              {n.read && !newOnOpen?.has(n.id) ? null : (
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

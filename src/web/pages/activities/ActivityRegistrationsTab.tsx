import { UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Registration } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { formatMinute } from './activityTime';
import { RegisterResidentModal } from './RegisterResidentModal';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import { useCancelRegistration, useRegistrations, useSessionsAttended } from './useActivities';

// 报名: who signed up, who waits in which place, who cancelled; staff register and cancel for residents.
export const ActivityRegistrationsTab = ({
  activity,
  canManage,
}: {
  activity: Activity;
  canManage: boolean;
}) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { data, isPending, isFetching, isError, error } = useRegistrations(activity.id);
  const cancel = useCancelRegistration();
  const [registering, setRegistering] = useState(false);
  const [showCancelled, setShowCancelled] = useState(false);
  const all = data?.items ?? [];
  const live = useMemo(
    () => new Set(all.filter((r) => r.status !== 'cancelled').map((r) => r.residentId)),
    [all],
  );
  const rows = showCancelled ? all : all.filter((r) => r.status !== 'cancelled');
  const open = activity.status === 'published';
  const held = activity.status === 'published' || activity.status === 'finished';
  const sessionIds = activity.sessions.map((s) => s.id);
  const attended = useSessionsAttended(activity.id, sessionIds, held);

  const confirmCancel = (registration: Registration) =>
    modal.confirm({
      title: t('activities.registrations.cancelConfirmTitle', { name: registration.residentName }),
      content: t('activities.registrations.cancelConfirm'),
      okText: t('activities.registrations.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('activities.actions.keep'),
      onOk: () =>
        cancel
          .mutateAsync(registration.id)
          .then(() => void message.success(t('activities.registrations.cancelledMessage')))
          .catch((err: unknown) => void message.error(errorText(err))),
    });

  const columns: ColumnsType<Registration> = [
    {
      title: t('activities.registrations.resident'),
      dataIndex: 'residentName',
      key: 'residentName',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('activities.registrations.status'),
      key: 'status',
      render: (_, r) => <RegistrationStatusTag registration={r} />,
    },
    ...(held
      ? [
          {
            title: t('activities.registrations.attendance'),
            key: 'attendance',
            render: (_: unknown, r: Registration) => {
              const count = attended.counts.get(r.residentId) ?? 0;
              if (activity.kind === 'group')
                return t('activities.registrations.attendedSessions', {
                  attended: count,
                  total: sessionIds.length,
                });
              return count > 0 ? (
                <Tag color="success" style={{ marginInlineEnd: 0 }}>
                  {t('activities.registrations.attendedYes')}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('activities.registrations.attendedNo')}</Typography.Text>
              );
            },
          } satisfies ColumnsType<Registration>[number],
        ]
      : []),
    {
      title: t('activities.registrations.source'),
      key: 'source',
      render: (_, r) => t(`activities.registrations.sources.${r.source}`),
    },
    {
      title: t('activities.registrations.createdAt'),
      key: 'createdAt',
      render: (_, r) => formatMinute(r.createdAt),
    },
    ...(canManage && open
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, r: Registration) =>
              r.status === 'cancelled' ? null : (
                <Button type="link" size="small" danger onClick={() => confirmCancel(r)}>
                  {t('activities.registrations.cancel')}
                </Button>
              ),
          } satisfies ColumnsType<Registration>[number],
        ]
      : []),
  ];

  return (
    <Card variant="borderless">
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
          marginBottom: 16,
        }}
      >
        <Typography.Text data-testid="registrations-summary">
          {t('activities.registrations.summary', {
            registered: activity.registeredCount,
            capacity: activity.capacity,
            waitlisted: activity.waitlistCount,
          })}
        </Typography.Text>
        <Space wrap>
          <Space size={6}>
            <Switch size="small" checked={showCancelled} onChange={setShowCancelled} />
            <Typography.Text type="secondary">{t('activities.registrations.showCancelled')}</Typography.Text>
          </Space>
          {canManage && open ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setRegistering(true)}>
              {t('activities.registrations.register')}
            </Button>
          ) : null}
        </Space>
      </div>
      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : (
        <Table<Registration>
          rowKey="id"
          size="middle"
          loading={isPending || isFetching}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.registrations.empty')} />
            ),
          }}
        />
      )}
      <RegisterResidentModal
        activity={activity}
        open={registering}
        onClose={() => setRegistering(false)}
        excludeIds={live}
      />
    </Card>
  );
};

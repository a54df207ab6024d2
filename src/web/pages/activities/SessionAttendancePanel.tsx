import { CheckSquareOutlined, QrcodeOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivitySession, CheckInMethod } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { formatMinute, formatSessionRange } from './activityTime';
import { BatchCheckInModal } from './BatchCheckInModal';
import { attendanceRate, checkInRoster, type RosterRow } from './checkInRoster';
import { GuestCountEditor } from './GuestCountEditor';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import { SignInSheetButton } from './SignInSheetButton';
import { useAttendance, useCheckIn, useRegistrations } from './useActivities';
import { WalkInModal } from './WalkInModal';

const METHOD_COLORS: Record<CheckInMethod, string> = {
  qr: 'blue',
  staff: 'green',
  paper: 'orange',
  walkIn: 'purple',
};

// One session's check-in: every registrant with a 签到 button, who is in and how, the attendance rate,
// guests, batch and walk-in check-in, the QR screen.
export const SessionAttendancePanel = ({
  activity,
  session,
  canManage,
}: {
  activity: Activity;
  session: ActivitySession;
  canManage: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const attendance = useAttendance(activity.id, session.id);
  const registrations = useRegistrations(activity.id);
  const checkIn = useCheckIn();
  const [batchOpen, setBatchOpen] = useState(false);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const attended = attendance.data?.items ?? [];
  const present = new Set(attended.map((r) => r.residentId));
  const rows = checkInRoster(registrations.data?.items ?? [], attended);
  const waiting = rows.flatMap((r) => (r.registration && !r.attendance ? [r.registration] : []));
  const rate = attendanceRate(rows);

  const checkInOne = (row: RosterRow) =>
    checkIn
      .mutateAsync({ id: activity.id, sessionId: session.id, residentIds: [row.residentId], method: 'staff' })
      .then(() => void message.success(t('activities.checkIn.checkedInOne', { name: row.name })))
      .catch((error: unknown) => void message.error(errorText(error)));

  const columns: ColumnsType<RosterRow> = [
    {
      title: t('activities.checkIn.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('activities.registrations.status'),
      key: 'registration',
      render: (_, r) =>
        r.registration ? (
          <RegistrationStatusTag registration={r.registration} />
        ) : (
          <Tag style={{ marginInlineEnd: 0 }}>{t('activities.checkIn.notRegistered')}</Tag>
        ),
    },
    {
      title: t('activities.checkIn.state'),
      key: 'state',
      render: (_, r) =>
        r.attendance ? (
          <Space size={8} wrap>
            <Tag color={METHOD_COLORS[r.attendance.method]} style={{ marginInlineEnd: 0 }}>
              {t(`activities.checkIn.methods.${r.attendance.method}`)}
            </Tag>
            <Typography.Text type="secondary">{formatMinute(r.attendance.checkedInAt)}</Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('activities.checkIn.notYet')}</Typography.Text>
        ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, r: RosterRow) =>
              r.attendance ? null : (
                <Button
                  type="primary"
                  ghost
                  loading={checkIn.isPending && checkIn.variables?.residentIds[0] === r.residentId}
                  onClick={() => checkInOne(r)}
                  aria-label={t('activities.checkIn.checkInNamed', { name: r.name })}
                >
                  {t('activities.checkIn.checkInOne')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="session-attendance">
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 16,
          alignItems: 'center',
          justifyContent: 'space-between',
          marginBottom: 16,
        }}
      >
        <Space size={16} wrap>
          <Typography.Text strong>
            {activity.kind === 'group' ? `${t('activities.sessionN', { n: session.seq })} · ` : ''}
            {formatSessionRange(session.startsAt, session.endsAt, i18n.language)}
          </Typography.Text>
          <Typography.Text data-testid="attended-count">
            {t('activities.checkIn.attendedCount', { count: attended.length })}
          </Typography.Text>
          {rate ? (
            <Typography.Text data-testid="attendance-rate">
              {t('activities.checkIn.rate', rate)}
            </Typography.Text>
          ) : null}
          <GuestCountEditor activityId={activity.id} session={session} editable={canManage} />
        </Space>
        <Space wrap>
          <SignInSheetButton activityId={activity.id} sessionId={session.id} />
          {canManage ? (
            <>
              <Button icon={<CheckSquareOutlined />} onClick={() => setBatchOpen(true)}>
                {t('activities.checkIn.batch')}
              </Button>
              <Button icon={<UserAddOutlined />} onClick={() => setWalkInOpen(true)}>
                {t('activities.checkIn.walkIn')}
              </Button>
              <Button
                type="primary"
                icon={<QrcodeOutlined />}
                href={`/activities/${activity.id}/sessions/${session.id}/screen`}
                target="_blank"
                data-testid="open-check-in-screen"
              >
                {t('activities.checkIn.screen')}
              </Button>
            </>
          ) : null}
        </Space>
      </div>
      {attendance.isError || registrations.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorText(attendance.error ?? registrations.error)}
        />
      ) : (
        <Table<RosterRow>
          rowKey="residentId"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={attendance.isPending || registrations.isPending}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.checkIn.emptyRoster')} />
            ),
          }}
        />
      )}
      <BatchCheckInModal
        activityId={activity.id}
        session={session}
        registrations={waiting}
        open={batchOpen}
        onClose={() => setBatchOpen(false)}
      />
      <WalkInModal
        activityId={activity.id}
        session={session}
        present={present}
        open={walkInOpen}
        onClose={() => setWalkInOpen(false)}
      />
    </div>
  );
};

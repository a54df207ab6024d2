import { CheckSquareOutlined, QrcodeOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivitySession, AttendanceRow, CheckInMethod } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { formatMinute, formatSessionRange } from './activityTime';
import { BatchCheckInModal } from './BatchCheckInModal';
import { GuestCountEditor } from './GuestCountEditor';
import { SignInSheetButton } from './SignInSheetButton';
import { useAttendance, useRegistrations } from './useActivities';
import { WalkInModal } from './WalkInModal';

const METHOD_COLORS: Record<CheckInMethod, string> = {
  qr: 'blue',
  staff: 'green',
  paper: 'orange',
  walkIn: 'purple',
};

// One session's check-in: who is in and how, guests, batch and walk-in check-in, the QR screen.
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
  const errorText = useErrorText();
  const attendance = useAttendance(activity.id, session.id);
  const registrations = useRegistrations(activity.id);
  const [batchOpen, setBatchOpen] = useState(false);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const rows = attendance.data?.items ?? [];
  const present = new Set(rows.map((r) => r.residentId));
  const waiting = (registrations.data?.items ?? []).filter(
    (r) => r.status !== 'cancelled' && !present.has(r.residentId),
  );

  const columns: ColumnsType<AttendanceRow> = [
    { title: t('activities.checkIn.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('activities.checkIn.method'),
      key: 'method',
      render: (_, r) => (
        <Tag color={METHOD_COLORS[r.method]} style={{ marginInlineEnd: 0 }}>
          {t(`activities.checkIn.methods.${r.method}`)}
        </Tag>
      ),
    },
    {
      title: t('activities.checkIn.checkedInAt'),
      key: 'checkedInAt',
      render: (_, r) => formatMinute(r.checkedInAt),
    },
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
            {t('activities.checkIn.attendedCount', { count: rows.length })}
          </Typography.Text>
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
      {attendance.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorText(attendance.error)}
        />
      ) : (
        <Table<AttendanceRow>
          rowKey="residentId"
          size="middle"
          loading={attendance.isPending || attendance.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.checkIn.empty')} />
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

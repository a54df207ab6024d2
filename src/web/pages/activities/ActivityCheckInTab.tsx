import { Alert, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/activities';
import { formatSessionRange } from './activityTime';
import { SessionAttendancePanel } from './SessionAttendancePanel';

// The session that is on now, or the next one, or the last one held.
const currentSessionId = (activity: Activity): string | undefined => {
  const now = Date.now();
  const upcoming = activity.sessions.find((s) => new Date(s.endsAt).getTime() >= now);
  return (upcoming ?? activity.sessions.at(-1))?.id;
};

// 签到: one session at a time (a group has one per 节).
export const ActivityCheckInTab = ({ activity, canManage }: { activity: Activity; canManage: boolean }) => {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | undefined>();
  const sessionId = chosen ?? currentSessionId(activity);
  const session = activity.sessions.find((s) => s.id === sessionId);
  const open = activity.status === 'published' || activity.status === 'finished';

  return (
    <Card variant="borderless">
      {!open ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('activities.checkIn.notOpen')} />
      ) : null}
      {activity.sessions.length > 1 ? (
        <div style={{ overflowX: 'auto', marginBottom: 16 }}>
          <Segmented<string>
            value={sessionId}
            onChange={setChosen}
            options={activity.sessions.map((s) => ({
              value: s.id,
              label: (
                <div style={{ padding: '4px 2px', lineHeight: 1.35 }}>
                  <div>{t('activities.sessionN', { n: s.seq })}</div>
                  <div style={{ fontSize: 12, opacity: 0.75 }}>
                    {formatSessionRange(s.startsAt, s.endsAt, i18n.language)}
                  </div>
                </div>
              ),
            }))}
          />
        </div>
      ) : null}
      {session ? (
        <SessionAttendancePanel
          key={session.id}
          activity={activity}
          session={session}
          canManage={canManage && open}
        />
      ) : null}
    </Card>
  );
};

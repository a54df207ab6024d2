import { Card, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MyRegistration } from '../api/activities';
import { formatMinute, formatSessionRange } from '../pages/activities/activityTime';
import { TAG_STYLE } from './tagStyle';

const muted = { color: '#595959' };
const bigTag = { ...TAG_STYLE, fontSize: '0.85em', padding: '3px 8px' };

type Session = MyRegistration['sessions'][number];

// One session's line: 已签到 with the time, 未签到 once it has begun, 未开始 before.
const CheckInLine = ({ session, many, now }: { session: Session; many: boolean; now: number }) => {
  const { t, i18n } = useTranslation();
  const state = session.checkedInAt
    ? {
        text: t('mobile.me.checkedInAt', { time: formatMinute(session.checkedInAt).slice(5) }),
        color: '#389e0d',
      }
    : Date.parse(session.startsAt) <= now
      ? { text: t('mobile.me.notCheckedIn'), color: '#d46b08' }
      : { text: t('mobile.me.notStarted'), color: '#8c8c8c' };
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'space-between',
        columnGap: 8,
        padding: '2px 0',
      }}
    >
      <span>
        {many ? `${t('mobile.me.sessionN', { n: session.seq })} · ` : ''}
        {formatSessionRange(session.startsAt, session.endsAt, i18n.language)}
      </span>
      <span style={{ color: state.color, fontWeight: 600, flex: '0 0 auto' }} data-testid="m-check-in-state">
        {state.text}
      </span>
    </div>
  );
};

// 已报名 / 候补第N位 / 活动已取消, and 已签到 n/m for a group of several sessions.
const StateTags = ({ registration }: { registration: MyRegistration }) => {
  const { t } = useTranslation();
  const sessions = registration.sessions;
  const attended = sessions.filter((s) => s.checkedInAt).length;
  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {registration.activity.status === 'cancelled' ? (
        <Tag color="default" fill="solid" style={bigTag}>
          {t('mobile.me.activityCancelled')}
        </Tag>
      ) : registration.status === 'waitlisted' ? (
        <Tag color="warning" fill="solid" style={bigTag} data-testid="my-status">
          {registration.waitlistRank
            ? t('mobile.waitlistN', { n: registration.waitlistRank })
            : t('mobile.waitlisted')}
        </Tag>
      ) : (
        <Tag color="success" fill="solid" style={bigTag} data-testid="my-status">
          {t('mobile.registered')}
        </Tag>
      )}
      {sessions.length > 1 && attended > 0 ? (
        <Tag color="success" fill="outline" style={bigTag}>
          {t('mobile.me.sessionsCheckedIn', { n: attended, total: sessions.length })}
        </Tag>
      ) : null}
    </div>
  );
};

/** One of my registrations on 我的: my place, where and when, and whether I was checked in. */
export const MyRegistrationCard = ({ registration, now }: { registration: MyRegistration; now: number }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activity } = registration;
  // The activity's page lists only what is open; one behind me has nothing more to show there.
  const open = !registration.past && activity.status === 'published';
  return (
    <Card
      onClick={open ? () => navigate(`/m/activities/${activity.id}`) : undefined}
      style={{ borderRadius: 12, marginBottom: 12 }}
      bodyStyle={{ paddingTop: 4 }}
      data-testid="m-registration"
      data-title={activity.title}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div style={{ fontSize: '1.1em', fontWeight: 700, lineHeight: 1.35, paddingTop: 8 }}>
          {activity.title}
        </div>
        <div style={{ paddingTop: 10, flex: '0 0 auto', maxWidth: '50%' }}>
          <StateTags registration={registration} />
        </div>
      </div>
      {activity.place ? (
        <div style={{ marginTop: 6 }}>
          <span style={muted}>{t('mobile.place')}：</span>
          {activity.place}
          {activity.orgUnitName ? <span style={muted}> · {activity.orgUnitName}</span> : null}
        </div>
      ) : null}
      <div style={{ marginTop: 4 }}>
        {registration.sessions.map((session) => (
          <CheckInLine key={session.id} session={session} many={registration.sessions.length > 1} now={now} />
        ))}
      </div>
    </Card>
  );
};

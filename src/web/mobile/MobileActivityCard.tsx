import { Card, Space, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MyActivity } from '../api/activities';
import { formatSessionRange } from '../pages/activities/activityTime';
import { MyRegistrationTag } from './MyRegistrationTag';
import { SignUpButton } from './SignUpButton';
import { TAG_STYLE } from './tagStyle';

const muted = { color: '#595959' };

// One open activity: when, where, places, my status, and the one button that matters.
export const MobileActivityCard = ({
  activity,
  busy,
  onRegister,
  onCancel,
}: {
  activity: MyActivity;
  busy: boolean;
  onRegister: () => void;
  onCancel: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const first = activity.sessions[0];
  const full = activity.registeredCount >= activity.capacity;
  const mine = activity.myRegistration;

  return (
    <Card
      onClick={() => navigate(`/m/activities/${activity.id}`)}
      style={{ borderRadius: 12, marginBottom: 12 }}
      bodyStyle={{ paddingTop: 4 }}
      data-testid="m-activity"
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div style={{ fontSize: '1.15em', fontWeight: 700, lineHeight: 1.35, paddingTop: 8 }}>
          {activity.title}
        </div>
        <div style={{ paddingTop: 10, flex: '0 0 auto' }}>
          <MyRegistrationTag activity={activity} />
        </div>
      </div>
      <Space wrap style={{ '--gap': '6px', margin: '8px 0' }}>
        <Tag color={activity.kind === 'group' ? '#722ed1' : '#13a8a8'} fill="outline" style={TAG_STYLE}>
          {t(`activities.kinds.${activity.kind}`)}
        </Tag>
        {activity.brands.map((b) => (
          <Tag key={b} color="#d48806" fill="outline" style={TAG_STYLE}>
            {b}
          </Tag>
        ))}
      </Space>
      {first ? (
        <div>
          <span style={muted}>{t('mobile.time')}：</span>
          {formatSessionRange(first.startsAt, first.endsAt, i18n.language)}
          {activity.kind === 'group'
            ? `（${t('activities.sessionCount', { count: activity.sessions.length })}）`
            : ''}
        </div>
      ) : null}
      {activity.place ? (
        <div>
          <span style={muted}>{t('mobile.place')}：</span>
          {activity.place}
        </div>
      ) : null}
      <div>
        <span style={muted}>
          {t('mobile.places', { registered: activity.registeredCount, capacity: activity.capacity })}
        </span>
        {activity.waitlistCount > 0 ? (
          <span style={{ color: '#d46b08', marginInlineStart: 8 }}>
            {t('mobile.waitlistCount', { count: activity.waitlistCount })}
          </span>
        ) : null}
      </div>
      <div style={{ marginTop: 12 }}>
        <SignUpButton activity={activity} busy={busy} onRegister={onRegister} onCancel={onCancel} />
        {full && !mine ? (
          <div style={{ ...muted, fontSize: '0.85em', textAlign: 'center', marginTop: 6 }}>
            {t('mobile.full')}
          </div>
        ) : null}
      </div>
    </Card>
  );
};

import { DotLoading, ErrorBlock, List, Space, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../hooks/useErrorText';
import { formatMinute, formatSessionRange } from '../pages/activities/activityTime';
import { MobilePage } from './MobilePage';
import { MyRegistrationTag } from './MyRegistrationTag';
import { SignUpButton } from './SignUpButton';
import { TAG_STYLE } from './tagStyle';
import { useMyActivities } from './useMyActivities';
import { useRegistrationActions } from './useRegistrationActions';

// One open activity in full, with 报名 / 取消报名 at the bottom of the screen.
export const MobileActivityDetailPage = () => {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useMyActivities();
  const actions = useRegistrationActions();
  const activity = data?.items.find((a) => a.id === id);
  const back = () => navigate('/m');

  if (isPending) {
    return (
      <MobilePage title={t('mobile.detail')} onBack={back}>
        <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
          <DotLoading color="primary" />
        </div>
      </MobilePage>
    );
  }
  if (isError || !activity) {
    return (
      <MobilePage title={t('mobile.detail')} onBack={back}>
        <ErrorBlock
          status="empty"
          title={isError ? t('mobile.loadFailed') : t('mobile.notFound')}
          description={isError ? errorText(error) : ''}
        />
      </MobilePage>
    );
  }

  const busy = actions.busyId === activity.id;
  const full = activity.registeredCount >= activity.capacity;
  const footer = (
    <SignUpButton
      activity={activity}
      busy={busy}
      onRegister={() => actions.register(activity)}
      onCancel={() => actions.cancel(activity)}
    />
  );

  return (
    <MobilePage title={t('mobile.detail')} onBack={back} footer={footer}>
      <section style={{ background: '#fff', borderRadius: 12, padding: 16, marginBottom: 12 }}>
        <h1 style={{ fontSize: '1.3em', margin: 0, lineHeight: 1.35 }} data-testid="m-activity-title">
          {activity.title}
        </h1>
        <Space wrap style={{ '--gap': '6px', marginTop: 10 }}>
          <Tag color={activity.kind === 'group' ? '#722ed1' : '#13a8a8'} fill="outline" style={TAG_STYLE}>
            {t(`activities.kinds.${activity.kind}`)}
          </Tag>
          {activity.brands.map((b) => (
            <Tag key={b} color="#d48806" fill="outline" style={TAG_STYLE}>
              {b}
            </Tag>
          ))}
          <MyRegistrationTag activity={activity} />
        </Space>
      </section>
      <List style={{ borderRadius: 12, overflow: 'hidden', marginBottom: 12 }}>
        <List.Item title={t('mobile.time')}>
          {activity.sessions.map((s) => (
            <div key={s.id}>
              {activity.kind === 'group' ? `${t('activities.sessionN', { n: s.seq })} ` : ''}
              {formatSessionRange(s.startsAt, s.endsAt, i18n.language)}
            </div>
          ))}
        </List.Item>
        {activity.place ? <List.Item title={t('mobile.place')}>{activity.place}</List.Item> : null}
        <List.Item title={t('activities.overview.capacity')}>
          {t('activities.places', { registered: activity.registeredCount, capacity: activity.capacity })}
          {activity.waitlistCount > 0
            ? `，${t('mobile.waitlistCount', { count: activity.waitlistCount })}`
            : ''}
          {full && !activity.myRegistration ? (
            <div style={{ color: '#d46b08' }}>{t('mobile.full')}</div>
          ) : null}
        </List.Item>
        <List.Item title={t('mobile.registrationClosesAt')}>
          {formatMinute(activity.registrationClosesAt)}
        </List.Item>
        <List.Item title={t('mobile.cancellationDeadline')}>
          {formatMinute(activity.cancellationDeadline)}
        </List.Item>
      </List>
      {activity.description ? (
        <section style={{ background: '#fff', borderRadius: 12, padding: 16, whiteSpace: 'pre-wrap' }}>
          {activity.description}
        </section>
      ) : null}
    </MobilePage>
  );
};

import { DotLoading, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { MyActivity } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { currentMembershipOf, useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';
import { LargeTextToggle } from './LargeTextToggle';
import { MobileActivityCard } from './MobileActivityCard';
import { MobileModuleTiles } from './MobileModuleTiles';
import { MobilePage } from './MobilePage';
import { NotificationBell } from './NotificationBell';
import { useMyActivities } from './useMyActivities';
import { useRegistrationActions } from './useRegistrationActions';

// Soonest first; one with no time yet goes last. The server's order is not stable between calls.
const byFirstSession = (a: MyActivity, b: MyActivity): number => {
  const start = (x: MyActivity) => x.sessions[0]?.startsAt ?? '9999';
  return start(a).localeCompare(start(b)) || a.title.localeCompare(b.title);
};

// The phone's home: who I am, 大字模式, the tiles (我的 first), the activities open to me with 报名 / 取消
// and my place, and my messages behind the bell. (No pull-to-refresh: its gesture library would cost a
// twentieth of the first download; the list reloads after each action and when the page is opened.)
export const MobileHomePage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const signOut = useSignOut();
  const { data: me } = useMe();
  const membership = currentMembershipOf(me);
  const { data, isPending, isError, error } = useMyActivities();
  const actions = useRegistrationActions();
  const items = [...(data?.items ?? [])].sort(byFirstSession);

  return (
    <MobilePage title={t('mobile.title')} right={<NotificationBell />}>
      <section
        style={{
          background: 'linear-gradient(120deg, #1668dc 0%, #13a8a8 100%)',
          color: '#fff',
          borderRadius: 14,
          padding: '16px 16px 14px',
          marginBottom: 16,
        }}
      >
        <div style={{ fontSize: '1.3em', fontWeight: 700 }} data-testid="m-greeting">
          {t('mobile.greeting', { name: me?.user.name ?? '' })}
        </div>
        {membership ? (
          <div style={{ opacity: 0.9, marginTop: 2 }}>
            {membership.orgUnitName} · {t(`roles.${membership.role}`)}
          </div>
        ) : null}
        <div
          style={{
            marginTop: 12,
            paddingTop: 10,
            borderTop: '1px solid rgba(255,255,255,0.25)',
            display: 'flex',
            justifyContent: 'flex-end',
          }}
        >
          <LargeTextToggle />
        </div>
      </section>

      <MobileModuleTiles />

      <h2 style={{ fontSize: '1.15em', margin: '0 4px 10px' }}>{t('mobile.openActivities')}</h2>
      {isPending ? (
        <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
          <DotLoading color="primary" />
        </div>
      ) : isError ? (
        <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(error)} />
      ) : items.length === 0 ? (
        <ErrorBlock status="empty" title={t('mobile.none')} description="" />
      ) : (
        items.map((activity) => (
          <MobileActivityCard
            key={activity.id}
            activity={activity}
            busy={actions.busyId === activity.id}
            onRegister={() => actions.register(activity)}
            onCancel={() => actions.cancel(activity)}
          />
        ))
      )}

      <div
        style={{
          display: 'flex',
          justifyContent: 'center',
          gap: 24,
          padding: '16px 0 24px',
          fontSize: '0.9em',
        }}
      >
        {/* The desk is another page (index.html): a whole-page load. */}
        <a href="/">{t('mobile.desktop')}</a>
        <button
          type="button"
          onClick={() => void signOut('here')}
          style={{
            border: 0,
            background: 'none',
            color: '#1668dc',
            padding: 0,
            font: 'inherit',
            cursor: 'pointer',
          }}
        >
          {t('shell.signOut')}
        </button>
      </div>
    </MobilePage>
  );
};

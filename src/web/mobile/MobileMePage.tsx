import { BellOutlined } from '@ant-design/icons';
import { Button, DotLoading, ErrorBlock, List } from 'antd-mobile';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { splitMine } from '../../core/activities/my-registrations';
import type { MyRegistration } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { currentMembershipOf, useMe } from '../hooks/useMe';
import { usePermissions } from '../hooks/usePermissions';
import { webModules } from '../modules/webModules';
import { MobilePage } from './MobilePage';
import { MyRegistrationCard } from './MyRegistrationCard';
import { NotificationBell } from './NotificationBell';
import { useMyNotifications, useMyRegistrations } from './useMyActivities';

const moduleEntries = webModules
  .flatMap((module) => module.mobileEntries ?? [])
  .sort((a, b) => a.order - b.order);

const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <section data-testid={testId} style={{ marginBottom: 20 }}>
    <h2 style={{ fontSize: '1.15em', margin: '0 4px 10px' }}>{title}</h2>
    {children}
  </section>
);

const Empty = ({ text }: { text: string }) => (
  <div style={{ padding: '16px 12px', background: '#fff', borderRadius: 12, color: '#8c8c8c' }}>{text}</div>
);

const Registrations = ({ items, empty }: { items: MyRegistration[]; empty: string }) => {
  const now = Date.now();
  if (items.length === 0) return <Empty text={empty} />;
  return (
    <>
      {items.map((registration) => (
        <MyRegistrationCard key={registration.id} registration={registration} now={now} />
      ))}
    </>
  );
};

const LinkIcon = ({ icon: Icon }: { icon: ComponentType }) => (
  <span style={{ color: '#1668dc', fontSize: '1.2em', display: 'flex' }}>
    <Icon />
  </span>
);

// 我的 messages and, for a volunteer, their card, points and the shop: the modules' phone pages.
const MyLinks = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const { data } = useMyNotifications();
  const unread = data?.unread ?? 0;
  const entries = moduleEntries.filter((entry) => entry.permission === null || can(entry.permission));
  return (
    <List mode="card" style={{ margin: '0 0 20px', '--font-size': '1em' }}>
      <List.Item
        prefix={<LinkIcon icon={BellOutlined} />}
        onClick={() => navigate('/m/notifications')}
        extra={
          <span style={{ color: unread > 0 ? '#cf1322' : '#8c8c8c', fontWeight: unread > 0 ? 600 : 400 }}>
            {unread > 0 ? t('mobile.me.unread', { count: unread }) : t('mobile.me.noUnread')}
          </span>
        }
        data-testid="m-me-messages"
      >
        {t('mobile.me.messages')}
      </List.Item>
      {entries.map(({ key, path, icon: Icon, label }) => (
        <List.Item
          key={key}
          prefix={<LinkIcon icon={Icon} />}
          onClick={() => navigate(path)}
          data-testid={`m-me-${key}`}
        >
          {t(label)}
        </List.Item>
      ))}
    </List>
  );
};

/** 我的: my sign-ups ahead, my waitlist places, my messages and volunteering, then what is behind me. */
export const MobileMePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { data: me } = useMe();
  const membership = currentMembershipOf(me);
  const { data, isPending, isError, error, refetch } = useMyRegistrations();
  const { upcoming, past } = splitMine(data?.items ?? []);

  const body = isPending ? (
    <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
      <DotLoading color="primary" />
    </div>
  ) : isError ? (
    <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(error)}>
      <Button color="primary" size="large" onClick={() => void refetch()}>
        {t('common.retry')}
      </Button>
    </ErrorBlock>
  ) : (
    <>
      <Section title={t('mobile.me.upcoming')} testId="m-me-upcoming">
        <Registrations
          items={upcoming.filter((r) => r.status === 'registered')}
          empty={t('mobile.me.noneUpcoming')}
        />
      </Section>
      <Section title={t('mobile.me.waitlist')} testId="m-me-waitlist">
        <Registrations
          items={upcoming.filter((r) => r.status === 'waitlisted')}
          empty={t('mobile.me.noneWaitlist')}
        />
      </Section>
      <MyLinks />
      <Section title={t('mobile.me.past')} testId="m-me-past">
        <Registrations items={past} empty={t('mobile.me.nonePast')} />
      </Section>
    </>
  );

  return (
    <MobilePage title={t('mobile.me.title')} onBack={() => navigate('/m')} right={<NotificationBell />}>
      <div style={{ margin: '0 4px 16px' }}>
        <div style={{ fontSize: '1.2em', fontWeight: 700 }}>{me?.user.name}</div>
        {membership ? (
          <div style={{ color: '#595959' }}>
            {membership.orgUnitName} · {t(`roles.${membership.role}`)}
          </div>
        ) : null}
      </div>
      {body}
      <Button block size="large" color="primary" fill="outline" onClick={() => navigate('/m')}>
        {t('mobile.me.browse')}
      </Button>
    </MobilePage>
  );
};

import { Avatar, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/useLocale';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { useNavItems } from '../../hooks/useNavItems';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { formatLongDate } from '../../i18n/format';
import { OverviewCard } from './OverviewCard';
import { ShortcutCard } from './ShortcutCard';
import { TodoCard } from './TodoCard';

// Only a street's or the district's home shows the year per unit, in a table: loaded for them alone,
// keeping the table out of every other home's first load.
const HomeFiguresCard = lazy(() => import('./HomeFiguresCard').then((m) => ({ default: m.HomeFiguresCard })));

// Every role lands here: who and where they act as, and the modules open to them.
export const HomePage = () => {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { data: me } = useMe();
  const { can } = usePermissions();
  const shortcuts = useNavItems().filter((item) => item.key !== 'home');
  const membership = currentMembershipOf(me);
  if (!me) return null;
  // A street or the district looks after the units below it: their year's service and overdue work.
  const overseesUnits =
    (membership?.role === 'streetAdmin' || membership?.role === 'districtAdmin') &&
    can(PERMISSIONS.serviceFiguresRead);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        variant="borderless"
        style={{ background: 'linear-gradient(120deg, #ffffff 0%, #eef5ff 100%)' }}
        styles={{ body: { padding: 24 } }}
      >
        <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
          <Avatar size={56} style={{ backgroundColor: '#1668dc', fontSize: 24, flex: '0 0 56px' }}>
            {me.user.name.slice(0, 1)}
          </Avatar>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('home.greeting', { name: me.user.name })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('home.today', { date: formatLongDate(new Date(), locale) })}
            </Typography.Text>
            {membership ? (
              <div style={{ marginTop: 10, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                <Tag color="blue" style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}>
                  <span data-testid="home-role">{t(`roles.${membership.role}`)}</span>
                </Tag>
                <Typography.Text data-testid="home-unit">
                  {t('common.labelled', { label: t('home.unit'), value: membership.orgUnitName })}
                  <Typography.Text type="secondary">
                    {' '}
                    · {t(`unitKinds.${membership.orgUnitKind}`)}
                  </Typography.Text>
                </Typography.Text>
                {membership.providerName ? (
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('home.provider'), value: membership.providerName })}
                  </Typography.Text>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
      </Card>

      <TodoCard />

      {overseesUnits ? (
        <Suspense fallback={null}>
          <HomeFiguresCard />
        </Suspense>
      ) : null}

      {can(PERMISSIONS.orgUnitsRead) ? <OverviewCard showUsers={can(PERMISSIONS.usersRead)} /> : null}

      <Card title={t('home.shortcuts')} variant="borderless">
        {shortcuts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noShortcuts')} />
        ) : (
          <Row gutter={[16, 16]}>
            {shortcuts.map((item) => (
              <Col key={item.key} xs={24} sm={12} xl={6}>
                <ShortcutCard item={item} />
              </Col>
            ))}
          </Row>
        )}
      </Card>

      {me.memberships.length > 1 ? (
        <Card title={t('home.memberships')} variant="borderless">
          <Typography.Paragraph type="secondary">{t('home.membershipsHint')}</Typography.Paragraph>
          <Space wrap>
            {me.memberships.map((m) => (
              <Tag key={m.id} color={m.id === membership?.id ? 'blue' : undefined}>
                {m.orgUnitName} · {t(`roles.${m.role}`)}
              </Tag>
            ))}
          </Space>
        </Card>
      ) : null}
    </Space>
  );
};

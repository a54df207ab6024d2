import { Alert, Card, Col, DatePicker, Empty, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type FiguresQuery, TARGET_GROUPS, type TargetGroup } from '../../api/activities';
import { EChart } from '../../components/EChart';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { ProjectSelect } from '../projects/ProjectSelect';
import { BRAND_SUGGESTIONS } from './activityFormValues';
import { shanghaiToday } from './activityTime';
import { brandChart } from './brandChart';
import { type Figure, FigureCard } from './FigureCard';
import { useServiceFigures } from './useActivities';

const thisYear = (): Pick<FiguresQuery, 'from' | 'to'> => {
  const year = shanghaiToday().slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

const Filter = ({ label, children }: { label: string; children: ReactNode }) => (
  <Space size={8}>
    <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
      {label}
    </Typography.Text>
    {children}
  </Space>
);

// 服务统计: what the unit and those below it delivered in a period, counted from attendance records.
export const ServiceFiguresPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data: me } = useMe();
  const membership = currentMembershipOf(me);
  const wide = membership !== undefined && membership.orgUnitKind !== 'community';
  // The projects page links here with ?projectId=….
  const [params] = useSearchParams();
  const [query, setQuery] = useState<FiguresQuery>(() => ({
    ...thisYear(),
    projectId: params.get('projectId') ?? undefined,
  }));
  const { data: figures, isPending, isFetching, isError, error } = useServiceFigures(query);
  const chart = useMemo(() => (figures ? brandChart(figures, t) : null), [figures, t]);
  const change = (patch: Partial<FiguresQuery>) => setQuery((current) => ({ ...current, ...patch }));

  const kpis: Figure[] = figures
    ? [
        {
          key: 'activitiesHeld',
          value: figures.activitiesHeld,
          suffix: t('serviceFigures.units.activities'),
        },
        {
          key: 'groups',
          value: figures.groups,
          suffix: t('serviceFigures.groupsSuffix', { sessions: figures.groupSessions }),
        },
        {
          key: 'distinctPeopleServed',
          value: figures.distinctPeopleServed,
          suffix: t('serviceFigures.units.people'),
        },
        { key: 'personTimes', value: figures.personTimes, suffix: t('serviceFigures.units.times') },
        { key: 'guests', value: figures.guests, suffix: t('serviceFigures.units.times') },
      ]
    : [];
  // Casework and home visits, counted from their own records, in the same period and unit (not per project).
  const casework: Figure[] = [
    { key: 'casesOpened', value: figures?.casesOpened, suffix: t('serviceFigures.units.cases') },
    { key: 'casesClosed', value: figures?.casesClosed, suffix: t('serviceFigures.units.cases') },
    { key: 'visitsMade', value: figures?.visitsMade, suffix: t('serviceFigures.units.visits') },
  ].flatMap((f) => (typeof f.value === 'number' ? [{ ...f, value: f.value }] : []));

  return (
    <>
      <PageHeader title={t('serviceFigures.title')} description={t('serviceFigures.description')} />
      <Card
        variant="borderless"
        styles={{ body: { padding: mobile ? 12 : '16px 24px' } }}
        style={{ marginBottom: 16 }}
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
          {wide ? (
            <Filter label={t('serviceFigures.unit')}>
              <OrgUnitSelect
                id="figures-unit"
                value={query.orgUnitId ?? membership?.orgUnitId}
                onChange={(orgUnitId) => change({ orgUnitId })}
                style={{ width: mobile ? 'calc(100vw - 120px)' : 240 }}
              />
            </Filter>
          ) : null}
          <Filter label={t('serviceFigures.period')}>
            <DatePicker.RangePicker
              id="figures-period"
              allowClear={false}
              value={[dayjs(query.from), dayjs(query.to)]}
              onChange={(range) => {
                if (range?.[0] && range[1]) {
                  change({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
                }
              }}
              style={{ width: 250 }}
            />
          </Filter>
          <Filter label={t('serviceFigures.brand')}>
            <Select<string>
              allowClear
              aria-label={t('serviceFigures.brand')}
              placeholder={t('serviceFigures.allBrands')}
              value={query.brand}
              onChange={(brand) => change({ brand })}
              options={[
                ...new Set([...BRAND_SUGGESTIONS, ...(figures?.byBrand ?? []).map((b) => b.brand)]),
              ].map((b) => ({ value: b, label: b }))}
              style={{ width: 150 }}
            />
          </Filter>
          <Filter label={t('serviceFigures.targetGroup')}>
            <Select<TargetGroup>
              allowClear
              aria-label={t('serviceFigures.targetGroup')}
              placeholder={t('serviceFigures.allGroups')}
              value={query.targetGroup}
              onChange={(targetGroup) => change({ targetGroup })}
              options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`activities.targetGroups.${g}`) }))}
              style={{ width: 130 }}
            />
          </Filter>
          <Filter label={t('serviceFigures.project')}>
            <ProjectSelect
              placeholder={t('serviceFigures.allProjects')}
              value={query.projectId}
              onChange={(projectId) => change({ projectId })}
              style={{ width: mobile ? 'calc(100vw - 120px)' : 260 }}
            />
          </Filter>
          {isFetching && figures ? <Spin size="small" /> : null}
        </div>
      </Card>

      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : isPending || !figures ? (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {kpis.map((kpi) => (
              <Col key={kpi.key} xs={12} md={8} xl={{ flex: '20%' }}>
                <FigureCard figure={kpi} />
              </Col>
            ))}
          </Row>
          {figures.project ? (
            <Typography.Text type="secondary" data-testid="figures-project-note">
              {t('serviceFigures.projectCasework')}
            </Typography.Text>
          ) : (
            <Row gutter={[16, 16]}>
              {casework.map((kpi) => (
                <Col key={kpi.key} xs={12} md={8}>
                  <FigureCard figure={kpi} size="small" />
                </Col>
              ))}
            </Row>
          )}
          <Card title={t('serviceFigures.byBrand')} variant="borderless">
            {figures.byBrand.length === 0 || !chart ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceFigures.noBrand')} />
            ) : (
              <EChart
                option={chart}
                height={300}
                ariaLabel={t('serviceFigures.byBrandChart')}
                testId="figures-by-brand"
              />
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
              {t('serviceFigures.note')}
            </Typography.Paragraph>
          </Card>
        </Space>
      )}
    </>
  );
};

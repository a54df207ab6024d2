import { Alert, Card, Col, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUPS, type TargetGroup } from '../../api/activities';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { useBrands } from '../activities/useBrands';
import { ProjectSelect } from '../projects/ProjectSelect';
import { DeliberationFiguresCard } from './DeliberationFiguresCard';
import { type Figure, FigureCard } from './FigureCard';
import { FiguresChartCard } from './FiguresChartCard';
import { FiguresExportButton } from './FiguresExportButton';
import { UnitFiguresTable } from './UnitFiguresTable';
import { useFiguresQuery } from './useFiguresQuery';
import { useServiceFigures } from './useReporting';
import { VolunteerFiguresCard } from './VolunteerFiguresCard';

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
  const [query, change] = useFiguresQuery();
  const { data: brandList = [] } = useBrands();
  const { data: figures, isPending, isFetching, isError, error } = useServiceFigures(query);
  const byBrand = useMemo(() => (figures?.byBrand ?? []).map((b) => ({ ...b, label: b.brand })), [figures]);
  const byTargetGroup = useMemo(
    () =>
      (figures?.byTargetGroup ?? []).map((g) => ({
        ...g,
        label: t(`activities.targetGroups.${g.targetGroup}`),
      })),
    [figures, t],
  );

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
  // Casework and home visits, counted from their own records, in the same period, unit and project.
  const casework: Figure[] = figures
    ? [
        { key: 'casesOpened', value: figures.casesOpened, suffix: t('serviceFigures.units.cases') },
        { key: 'casesClosed', value: figures.casesClosed, suffix: t('serviceFigures.units.cases') },
        { key: 'visitsMade', value: figures.visitsMade, suffix: t('serviceFigures.units.visits') },
        { key: 'volunteerHours', value: figures.volunteerHours, suffix: t('serviceFigures.units.hours') },
        {
          key: 'volunteersServing',
          value: figures.volunteersServing,
          suffix: t('serviceFigures.units.people'),
        },
      ]
    : [];

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
            <PeriodPicker
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
                ...new Set([
                  ...brandList.map((b) => b.name),
                  ...(figures?.byBrand ?? []).map((b) => b.brand),
                ]),
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
          <div style={{ marginLeft: mobile ? 0 : 'auto' }}>
            <FiguresExportButton query={{ ...query, orgUnitId: query.orgUnitId ?? membership?.orgUnitId }} />
          </div>
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
          <Row gutter={[16, 16]}>
            {casework.map((kpi) => (
              <Col key={kpi.key} xs={12} md={8}>
                <FigureCard figure={kpi} size="small" />
              </Col>
            ))}
          </Row>
          {figures.byUnit.length ? (
            <UnitFiguresTable figures={figures} onOpen={(orgUnitId) => change({ orgUnitId })} />
          ) : null}
          <VolunteerFiguresCard
            query={{ orgUnitId: query.orgUnitId ?? membership?.orgUnitId, from: query.from, to: query.to }}
          />
          <DeliberationFiguresCard
            query={{ orgUnitId: query.orgUnitId ?? membership?.orgUnitId, from: query.from, to: query.to }}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <FiguresChartCard
                title={t('serviceFigures.byBrand')}
                rows={byBrand}
                empty={t('serviceFigures.noBrand')}
                ariaLabel={t('serviceFigures.byBrandChart')}
                testId="figures-by-brand"
              />
            </Col>
            <Col xs={24} xl={12}>
              <FiguresChartCard
                title={t('serviceFigures.byTargetGroup')}
                rows={byTargetGroup}
                empty={t('serviceFigures.noTargetGroup')}
                ariaLabel={t('serviceFigures.byTargetGroupChart')}
                testId="figures-by-target-group"
              />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {t('serviceFigures.note')}
          </Typography.Paragraph>
        </Space>
      )}
    </>
  );
};

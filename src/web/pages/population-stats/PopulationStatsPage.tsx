import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { StatGroupCard } from './StatGroupCard';
import { StatsParagraphCard } from './StatsParagraphCard';
import { type StatGroup, statGroups } from './statGroups';
import { usePopulationStats } from './usePopulationStats';

const today = () => dayjs().format('YYYY-MM-DD');

// 人口统计: 一老一小一困 of a unit and everything below it on a reference date, as the seeds count them.
export const PopulationStatsPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? currentMembershipOf(me)?.orgUnitId;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : today();
  const { data: stats, isPending, isFetching, isError, error } = usePopulationStats(unitId, asOf);

  const change = (patch: { unit?: string; asOf?: string }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const charts = useMemo(
    () =>
      stats
        ? (Object.fromEntries(statGroups.map((g) => [g.group, g.chart(stats, t)])) as Record<
            StatGroup['group'],
            EChartsCoreOption
          >)
        : null,
    [stats, t],
  );

  const people = t('populationStats.people');
  const households = t('populationStats.households');
  const share = stats ? `${stats.elderly.age60plusShareOfRegistered.toFixed(1)}%` : '';

  return (
    <>
      <PageHeader title={t('populationStats.title')} description={t('populationStats.description')} />
      <Card
        variant="borderless"
        styles={{ body: { padding: mobile ? 12 : '16px 24px' } }}
        style={{ marginBottom: 16 }}
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <Space size={8} style={{ flex: mobile ? '1 1 100%' : undefined }}>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('populationStats.unit')}
            </Typography.Text>
            <OrgUnitSelect
              id="stats-unit"
              value={unitId}
              onChange={(unit) => change({ unit })}
              style={{ width: mobile ? 'calc(100vw - 120px)' : 260 }}
            />
          </Space>
          <Space size={8}>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('populationStats.asOf')}
            </Typography.Text>
            <DatePicker
              id="stats-as-of"
              aria-label={t('populationStats.asOf')}
              allowClear={false}
              value={dayjs(asOf)}
              onChange={(date) => change({ asOf: date ? date.format('YYYY-MM-DD') : undefined })}
              style={{ width: 150 }}
            />
          </Space>
          {isFetching && stats ? <Spin size="small" /> : null}
        </div>
      </Card>

      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : !unitId ? (
        <Empty description={t('populationStats.chooseUnit')} />
      ) : isPending || !stats || !charts ? (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {[
              { key: 'registered', value: stats.registered, suffix: people },
              {
                key: 'age60plus',
                value: stats.elderly.age60plus,
                suffix: people,
                note: t('populationStats.shareOfRegistered', { share }),
              },
              { key: 'under18', value: stats.child.under18, suffix: people },
              { key: 'migrant', value: stats.migrant, suffix: people },
            ].map((kpi) => (
              <Col key={kpi.key} xs={12} lg={6}>
                <Card
                  variant="borderless"
                  styles={{ body: { padding: mobile ? 12 : 20 } }}
                  style={{ height: '100%' }}
                >
                  <div data-testid={`kpi-${kpi.key}`}>
                    <Statistic
                      title={t(`populationStats.kpi.${kpi.key}`)}
                      value={kpi.value}
                      suffix={<span style={{ fontSize: 14 }}>{kpi.suffix}</span>}
                      styles={{ content: { fontSize: mobile ? 22 : 28, fontWeight: 600 } }}
                    />
                    {kpi.note ? (
                      <Typography.Text type="secondary" data-testid={`kpi-${kpi.key}-share`}>
                        {kpi.note}
                      </Typography.Text>
                    ) : null}
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            {statGroups.map((g) => (
              <Col key={g.group} xs={24} xl={8}>
                <StatGroupCard
                  testId={`group-${g.group}`}
                  title={t(`populationStats.groups.${g.group}`)}
                  subtitle={t(`populationStats.groups.${g.group}Hint`)}
                  accent={g.accent}
                  chart={charts[g.group]}
                  chartLabel={t(`populationStats.${g.chartLabel}`)}
                  items={g.figures.map((f) => ({
                    key: f.key,
                    label: t(`populationStats.${f.label}`),
                    value: f.value(stats),
                    suffix: f.unit === 'people' ? people : households,
                    note: f.withShare ? t('populationStats.shareOfRegistered', { share }) : undefined,
                  }))}
                />
              </Col>
            ))}
          </Row>
          <StatsParagraphCard paragraph={stats.paragraph} unitName={stats.orgUnitName} asOf={stats.asOf} />
        </Space>
      )}
    </>
  );
};

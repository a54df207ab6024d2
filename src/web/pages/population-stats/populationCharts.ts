import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { PopulationStats } from '../../api/populationStats';

const ELDERLY = '#d46b08';
const CHILD = ['#69b1ff', '#1668dc', '#003eb3'];
const HARDSHIP = '#cf1322';

const horizontalBars = (
  labels: string[],
  values: number[],
  color: string,
  unitOf: (index: number) => string,
): EChartsCoreOption => ({
  grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
  tooltip: {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    valueFormatter: (value: unknown) => String(value),
  },
  // Each bar carries its value, so the value axis needs no labels.
  xAxis: { type: 'value', splitLine: { lineStyle: { color: '#f0f0f0' } }, axisLabel: { show: false } },
  yAxis: {
    type: 'category',
    inverse: true,
    data: labels,
    axisTick: { show: false },
    axisLine: { show: false },
    axisLabel: { color: '#595959' },
  },
  series: [
    {
      type: 'bar',
      data: values,
      barMaxWidth: 18,
      itemStyle: { color, borderRadius: [0, 4, 4, 0] },
      label: {
        show: true,
        position: 'right',
        color: '#262626',
        formatter: (params: { value: unknown; dataIndex: number }) =>
          `${params.value}${unitOf(params.dataIndex)}`,
      },
    },
  ],
});

// Of the elderly (60+): 80+, living alone, care dependency, 低保, chronic illness.
export const elderlyChart = (s: PopulationStats, t: TFunction): EChartsCoreOption => {
  const e = s.elderly;
  return horizontalBars(
    [
      t('populationStats.elderly.age80plus'),
      t('populationStats.elderly.livesAlone'),
      t('populationStats.elderly.careDependency'),
      t('populationStats.elderly.dibao'),
      t('populationStats.elderly.chronicIllness'),
    ],
    [e.age80plus, e.livesAlone, e.careDependencyPartialOrFull, e.dibao, e.chronicIllness],
    ELDERLY,
    () => t('populationStats.people'),
  );
};

// Children by age band: 0–3, 3–6, 6–18; the legend carries the counts so no label is ever cut off.
export const childrenChart = (s: PopulationStats, t: TFunction): EChartsCoreOption => {
  const data = [
    { name: t('populationStats.child.age0to3'), value: s.child.age0to3 },
    { name: t('populationStats.child.age3to6'), value: s.child.age3to6 },
    { name: t('populationStats.child.age6to18'), value: s.child.age6to18 },
  ];
  const people = t('populationStats.people');
  return {
    color: CHILD,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: {
      bottom: 0,
      icon: 'circle',
      itemWidth: 10,
      itemHeight: 10,
      formatter: (name: string) => `${name} ${data.find((d) => d.name === name)?.value ?? ''}${people}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['40%', '66%'],
        center: ['50%', '44%'],
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data,
      },
    ],
  };
};

// Hardship: households (户) and people (人) side by side, each bar with its own unit.
export const hardshipChart = (s: PopulationStats, t: TFunction): EChartsCoreOption => {
  const h = s.hardship;
  const units = [
    t('populationStats.households'),
    t('populationStats.households'),
    t('populationStats.people'),
    t('populationStats.people'),
    t('populationStats.people'),
  ];
  return horizontalBars(
    [
      t('populationStats.hardship.tekunOrDibaoHouseholds'),
      t('populationStats.hardship.lowIncomeHouseholds'),
      t('populationStats.hardship.disability'),
      t('populationStats.hardship.disabilityElderly'),
      t('populationStats.hardship.womanInDifficulty'),
    ],
    [h.tekunOrDibaoHouseholds, h.lowIncomeHouseholds, h.disability, h.disabilityElderly, h.womanInDifficulty],
    HARDSHIP,
    (index) => units[index],
  );
};

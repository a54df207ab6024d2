import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';

export type ChartRow = { label: string; activities: number; personTimes: number };

const bars = (name: string, data: number[], color: string, yAxisIndex: number) => ({
  name,
  type: 'bar',
  yAxisIndex,
  data,
  barMaxWidth: 28,
  itemStyle: { color, borderRadius: [4, 4, 0, 0] },
  label: { show: true, position: 'top', color: '#262626' },
});

// Activities (left axis) and person-times (right axis) side by side for each brand or target group.
export const figuresChart = (rows: ChartRow[], t: TFunction): EChartsCoreOption => ({
  grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0, data: [t('serviceFigures.activities'), t('serviceFigures.personTimes')] },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  xAxis: {
    type: 'category',
    data: rows.map((r) => r.label),
    axisTick: { show: false },
    axisLabel: { color: '#595959', interval: 0, hideOverlap: true },
  },
  yAxis: [
    { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    { type: 'value', minInterval: 1, splitLine: { show: false } },
  ],
  series: [
    bars(
      t('serviceFigures.activities'),
      rows.map((r) => r.activities),
      '#69b1ff',
      0,
    ),
    bars(
      t('serviceFigures.personTimes'),
      rows.map((r) => r.personTimes),
      '#1668dc',
      1,
    ),
  ],
});

import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { Figures } from '../../api/activities';

// Activities (left axis) and person-times (right axis) side by side for each brand.
export const brandChart = (figures: Figures, t: TFunction): EChartsCoreOption => ({
  grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0, data: [t('serviceFigures.activities'), t('serviceFigures.personTimes')] },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  xAxis: {
    type: 'category',
    data: figures.byBrand.map((b) => b.brand),
    axisTick: { show: false },
    axisLabel: { color: '#595959', interval: 0 },
  },
  yAxis: [
    { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    { type: 'value', minInterval: 1, splitLine: { show: false } },
  ],
  series: [
    {
      name: t('serviceFigures.activities'),
      type: 'bar',
      yAxisIndex: 0,
      data: figures.byBrand.map((b) => b.activities),
      barMaxWidth: 28,
      itemStyle: { color: '#69b1ff', borderRadius: [4, 4, 0, 0] },
      label: { show: true, position: 'top', color: '#262626' },
    },
    {
      name: t('serviceFigures.personTimes'),
      type: 'bar',
      yAxisIndex: 1,
      data: figures.byBrand.map((b) => b.personTimes),
      barMaxWidth: 28,
      itemStyle: { color: '#1668dc', borderRadius: [4, 4, 0, 0] },
      label: { show: true, position: 'top', color: '#262626' },
    },
  ],
});

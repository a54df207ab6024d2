import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { PopulationStats } from '../../api/populationStats';
import { childrenChart, elderlyChart, hardshipChart } from './populationCharts';

type Figure = {
  key: string;
  /** i18n key under populationStats. */
  label: string;
  value: (s: PopulationStats) => number;
  unit: 'people' | 'households';
  /** Shows the 60+ share of the registered population under the figure. */
  withShare?: true;
};

export type StatGroup = {
  group: 'elderly' | 'child' | 'hardship';
  accent: string;
  chartLabel: string;
  chart: (s: PopulationStats, t: TFunction) => EChartsCoreOption;
  figures: Figure[];
};

// 一老 / 一小 / 一困 as the seeds list them: each figure's label, where it comes from, and its unit.
export const statGroups: StatGroup[] = [
  {
    group: 'elderly',
    accent: '#d46b08',
    chartLabel: 'charts.elderly',
    chart: elderlyChart,
    figures: [
      {
        key: 'age60plus',
        label: 'elderly.age60plus',
        value: (s) => s.elderly.age60plus,
        unit: 'people',
        withShare: true,
      },
      { key: 'age80plus', label: 'elderly.age80plus', value: (s) => s.elderly.age80plus, unit: 'people' },
      { key: 'livesAlone', label: 'elderly.livesAlone', value: (s) => s.elderly.livesAlone, unit: 'people' },
      {
        key: 'careDependency',
        label: 'elderly.careDependency',
        value: (s) => s.elderly.careDependencyPartialOrFull,
        unit: 'people',
      },
      { key: 'elderlyDibao', label: 'elderly.dibao', value: (s) => s.elderly.dibao, unit: 'people' },
      {
        key: 'chronicIllness',
        label: 'elderly.chronicIllness',
        value: (s) => s.elderly.chronicIllness,
        unit: 'people',
      },
    ],
  },
  {
    group: 'child',
    accent: '#1668dc',
    chartLabel: 'charts.children',
    chart: childrenChart,
    figures: [
      { key: 'under18', label: 'child.under18', value: (s) => s.child.under18, unit: 'people' },
      {
        key: 'childInDifficulty',
        label: 'child.childInDifficulty',
        value: (s) => s.child.childInDifficulty,
        unit: 'people',
      },
      { key: 'orphan', label: 'child.orphan', value: (s) => s.child.orphan, unit: 'people' },
      {
        key: 'unattendedChild',
        label: 'child.unattendedChild',
        value: (s) => s.child.unattendedChild,
        unit: 'people',
      },
      { key: 'childDibao', label: 'child.dibao', value: (s) => s.child.dibao, unit: 'people' },
      { key: 'childDisability', label: 'child.disability', value: (s) => s.child.disability, unit: 'people' },
    ],
  },
  {
    group: 'hardship',
    accent: '#cf1322',
    chartLabel: 'charts.hardship',
    chart: hardshipChart,
    figures: [
      {
        key: 'tekunOrDibaoHouseholds',
        label: 'hardship.tekunOrDibaoHouseholds',
        value: (s) => s.hardship.tekunOrDibaoHouseholds,
        unit: 'households',
      },
      {
        key: 'lowIncomeHouseholds',
        label: 'hardship.lowIncomeHouseholds',
        value: (s) => s.hardship.lowIncomeHouseholds,
        unit: 'households',
      },
      {
        key: 'disability',
        label: 'hardship.disability',
        value: (s) => s.hardship.disability,
        unit: 'people',
      },
      {
        key: 'disabilityElderly',
        label: 'hardship.disabilityElderly',
        value: (s) => s.hardship.disabilityElderly,
        unit: 'people',
      },
      {
        key: 'womanInDifficulty',
        label: 'hardship.womanInDifficulty',
        value: (s) => s.hardship.womanInDifficulty,
        unit: 'people',
      },
    ],
  },
];

import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Population statistics',
  shortcut: 'Count elderly, children and hardship on a reference date and draft the application paragraph',
  title: 'Population statistics',
  description:
    'Elderly, children and hardship among registered residents on a reference date, ready for applications',
  unit: 'Unit',
  asOf: 'Reference date',
  chooseUnit: 'Choose a unit',
  people: '',
  households: '',
  shareOfRegistered: '{{share}} of registered residents',
  kpi: {
    registered: 'Registered residents',
    age60plus: 'Aged 60 and over',
    under18: 'Under 18',
    migrant: 'Floating population',
  },
  groups: {
    elderly: 'Elderly',
    elderlyHint: 'Registered residents aged 60 and over',
    child: 'Children',
    childHint: 'Registered residents under 18',
    hardship: 'Hardship',
    hardshipHint: 'Households in hardship, disability, women in difficulty',
  },
  elderly: {
    age60plus: '60 and over',
    age80plus: '80 and over',
    livesAlone: 'Living alone',
    careDependency: 'Care dependent',
    dibao: 'On dibao',
    chronicIllness: 'Chronic illness',
  },
  child: {
    under18: 'Under 18',
    age0to3: 'Ages 0–3',
    age3to6: 'Ages 3–6',
    age6to18: 'Ages 6–18',
    childInDifficulty: 'In difficulty',
    orphan: 'Orphans',
    unattendedChild: 'De-facto unattended',
    dibao: 'On dibao',
    disability: 'With disability',
  },
  hardship: {
    tekunOrDibaoHouseholds: 'Tekun/dibao households',
    lowIncomeHouseholds: 'Low-income households',
    disability: 'People with disability',
    disabilityElderly: 'Elderly with disability',
    womanInDifficulty: 'Women in difficulty',
  },
  charts: {
    elderly: 'Bar chart of the elderly',
    children: 'Children by age band',
    hardship: 'Bar chart of hardship groups',
  },
  paragraphTitle: 'Paragraph for the application form',
  paragraphHint:
    '{{unit}}, as of {{asOf}}. Computed from the registry in the form the application uses (Chinese), ready to copy.',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Copy failed; select the text and copy it by hand',
};

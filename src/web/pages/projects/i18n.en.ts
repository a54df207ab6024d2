import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Projects',
  shortcut: 'Purchased projects: purchaser, contractor and service period; activities count per project',
  title: 'Projects',
  description:
    'Purchased social work projects: purchaser, contractor, service period and budget; activities count per project',
  create: 'New project',
  searchPlaceholder: 'Search by project name',
  filterStatus: 'Status',
  filterUnit: 'Purchaser',
  select: 'Choose a project',
  noneToChoose: 'No project to choose',
  empty: 'No projects yet',
  emptyFiltered: 'No project matches',
  figures: 'Figures',
  yearAndScope: 'Year {{year}} · {{scope}}',
  periodUntil: 'to {{end}}',
  yuan: '¥{{amount}}',
  statuses: { active: 'Running', ended: 'Ended' },
  scopes: { comprehensive: 'Comprehensive', single: 'Single-line' },
  columns: {
    name: 'Project',
    provider: 'Contractor',
    period: 'Service period',
    budget: 'Budget',
    status: 'Status',
  },
  form: {
    createTitle: 'New project',
    editTitle: 'Edit project',
    name: 'Project name',
    namePlaceholder: 'e.g. Yuanshan elderly, children and hardship services',
    purchaser: 'Purchaser',
    purchaserHint: 'The street or community buying the services; fixed once the project is set up',
    purchaserFixed: 'Purchaser: {{purchaser}} (fixed once set up)',
    provider: 'Contractor',
    period: 'Service period',
    periodStart: 'Start date',
    periodEnd: 'End date',
    budget: 'Budget',
    yuan: 'yuan',
    projectYear: 'Project year',
    yearPrefix: 'Year',
    yearSuffix: '',
    scope: 'Kind',
    status: 'Status',
    statusHint:
      'Once ended, no new activities, cases or visits can join the project; those already in it stay',
  },
  endConfirmTitle: 'End this project?',
  endConfirm:
    'New activities, cases and visits will no longer join it; those already in it and their figures stay. You can set it running again later.',
  endConfirmOk: 'End project',
};

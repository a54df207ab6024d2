import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Audit log',
  shortcut: 'Trail of account, permission and sensitive-data operations',
  title: 'Audit log',
  description: 'Append-only trail of account, permission and sensitive-data operations',
  action: 'Action',
  actor: 'Actor',
  type: 'Type',
  allTypes: 'All types',
  allActions: 'All actions',
  actorPlaceholder: 'Actor name or username',
  dateRange: 'Period',
  at: 'Time',
  unit: 'Unit',
  entity: 'Entity',
  reason: 'Reason',
  ip: 'IP address',
  detail: 'Detail',
  noDetail: 'No detail',
  empty: 'No log entries match',
};

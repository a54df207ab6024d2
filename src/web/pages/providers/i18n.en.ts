import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Providers',
  shortcut: 'Social work organizations that deliver the projects',
  title: 'Social work organizations',
  description: 'Organizations that deliver government-purchased social work projects',
  name: 'Name',
  creditCode: 'Unified social credit code',
  contactName: 'Contact person',
  contactPhone: 'Contact phone',
  create: 'New organization',
  createTitle: 'New social work organization',
  editTitle: 'Edit social work organization',
  creditCodePattern: 'The credit code has 18 digits or capital letters',
  contactPhonePattern: 'Enter a valid 11-digit mobile number',
  empty: 'No organizations yet',
};

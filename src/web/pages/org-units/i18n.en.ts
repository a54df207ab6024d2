import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Organisation',
  shortcut: 'Streets, communities, grids and compounds in your area; maintain child units',
  title: 'Organisation',
  description: 'District → street → community, with each community’s grids and compounds',
  searchPlaceholder: 'Search by name',
  name: 'Name',
  kind: 'Kind',
  code: 'Code',
  parent: 'Parent unit',
  gridCount: 'Grids',
  compoundCount: 'Compounds',
  grids: 'Grids',
  compounds: 'Compounds / apartment blocks',
  compoundKinds: {
    compound: 'Compound',
    apartmentBlock: 'Apartment block',
  },
  createChild: 'Add child',
  createChildTitle: 'New {{kind}} under “{{parent}}”',
  rename: 'Rename',
  renameTitle: 'Rename “{{name}}”',
  renamed: 'Renamed',
  detailTitle: 'Unit details',
  noGrids: 'No grids',
  noCompounds: 'No compounds',
  empty: 'No organisation units found',
  codeHint: '1–20 letters or digits; unique among siblings',
  codePattern: 'The code is 1–20 letters or digits',
};

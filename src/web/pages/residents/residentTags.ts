import { careDependencyLevels, targetGroupFlags } from '../../../core/residents/target-groups';

// Every tag a resident can carry, in the order filters and forms show them.
export const RESIDENT_TAGS: readonly string[] = [
  ...targetGroupFlags,
  ...careDependencyLevels.map((level) => `careDependency:${level}`),
  'chronicIllness',
  'disability',
];

// i18next reads ':' as a namespace separator, so 'careDependency:full' is looked up as careDependency_full.
export const tagLabelKey = (tag: string): string => `residents.tags.${tag.replace(':', '_')}`;

type TagColor = 'orange' | 'volcano' | 'geekblue' | 'magenta' | 'purple' | 'gold';

const TAG_COLORS: Record<string, TagColor> = {
  livesAlone: 'orange',
  'careDependency:partial': 'gold',
  'careDependency:full': 'gold',
  chronicIllness: 'purple',
  dibao: 'volcano',
  tekun: 'volcano',
  lowIncome: 'volcano',
  marginalLowIncome: 'volcano',
  disability: 'volcano',
  childInDifficulty: 'geekblue',
  orphan: 'geekblue',
  unattendedChild: 'geekblue',
  womanInDifficulty: 'magenta',
};

export const tagColor = (tag: string): TagColor | undefined => TAG_COLORS[tag];

import type { ErrorMessages } from '../../platform/errors';

export const needErrors = {
  'needs.not_found': { zh: '需求不存在', en: 'Need not found' },
  'needs.wrong_status': {
    zh: '该需求当前的状态不能进行此操作',
    en: 'The need is not in a status that allows this',
  },
  'needs.not_a_community': { zh: '需求须登记在社区', en: 'A need belongs to a community' },
  'needs.unknown_place': {
    zh: '小区或网格不属于该社区',
    en: 'The compound or grid is not in this community',
  },
  'needs.unknown_source': {
    zh: '需求来源的居民或走访记录不属于该社区',
    en: "The source's resident or visit is not of this community",
  },
  'needs.raised_in_future': { zh: '提出日期不能晚于今天', en: 'The date raised cannot be later than today' },
  'needs.merge_self': { zh: '不能把需求合并到它自己', en: 'A need cannot be merged into itself' },
  'needs.merge_other_community': {
    zh: '只能合并同一社区的需求',
    en: 'Only needs of the same community can be merged',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof needErrors, true> {}
}

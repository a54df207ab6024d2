import type { ErrorMessages } from '../../platform/errors';

export const registryChangeErrors = {
  'registryChanges.not_found': { zh: '登记变更不存在', en: 'Registry change not found' },
  'registryChanges.wrong_status': {
    zh: '该登记变更已处理，请刷新后再看',
    en: 'This registry change has already been decided; reload to see it',
  },
  'registryChanges.nothing_changed': {
    zh: '所填内容与当前登记一致，无需变更',
    en: 'The values are the same as the registry’s',
  },
  'registryChanges.unknown_place': {
    zh: '小区或网格不属于该居民所在社区',
    en: 'The compound or grid is not in the resident’s community',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof registryChangeErrors, true> {}
}

import type { ErrorMessages } from '../../platform/errors';

export const providerErrors = {
  'providers.not_found': { zh: '社工机构不存在', en: 'Social work organization not found' },
  'providers.duplicate_name': { zh: '已有同名的社工机构', en: 'An organization with this name exists' },
  'providers.registered_above': {
    zh: '该社工机构由上级单位登记，只能由登记单位修改',
    en: 'This organization was registered by a higher unit; only that unit can change it',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof providerErrors, true> {}
}

import type { ErrorMessages } from '../../platform/errors';

export const orgUnitErrors = {
  'orgUnits.not_found': { zh: '组织单元不存在', en: 'Organisation unit not found' },
  'orgUnits.duplicate_code': {
    zh: '同级下已有相同编码的组织单元',
    en: 'A sibling unit already has this code',
  },
  'orgUnits.duplicate_name': { zh: '同级下已有同名的组织单元', en: 'A sibling unit already has this name' },
  'orgUnits.cannot_nest': { zh: '社区下不能再建组织单元', en: 'A community cannot have child units' },
  'orgUnits.outside_scope': {
    zh: '只能管理本单位及下级单位',
    en: 'You can only manage your own unit and below',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof orgUnitErrors, true> {}
}

import type { ErrorMessages } from '../../platform/errors';

export const userErrors = {
  'users.not_found': { zh: '用户不存在', en: 'User not found' },
  'users.duplicate_username': { zh: '用户名已被使用', en: 'The username is taken' },
  'users.duplicate_mobile': {
    zh: '手机号已被其他账号使用',
    en: 'The mobile number is used by another account',
  },
  'users.outside_scope': {
    zh: '该用户还在您管辖范围之外的单位任职，只能由上级管理员修改',
    en: 'This user also belongs to units outside your scope',
  },
  'users.cannot_change_self': { zh: '不能停用或重置自己的账号', en: 'You cannot disable or reset yourself' },
  'memberships.not_found': { zh: '任职记录不存在', en: 'Membership not found' },
  'memberships.duplicate': { zh: '该用户在此单位已有此角色', en: 'The user already has this role here' },
  'memberships.role_not_grantable': { zh: '您不能授予该角色', en: 'You cannot grant this role' },
  'memberships.role_unit_mismatch': {
    zh: '该角色不能设在此类组织单元',
    en: 'This role cannot be held at this kind of unit',
  },
  'memberships.provider_required': {
    zh: '社工角色必须选择所属社工机构',
    en: 'A social worker must belong to a social work organization',
  },
  'memberships.last_membership': {
    zh: '这是该用户最后一个任职，不能移除；可改为停用账号',
    en: "This is the user's last membership; disable the account instead",
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof userErrors, true> {}
}

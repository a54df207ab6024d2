import type { ErrorMessages } from '../platform/errors';

export const httpErrors = {
  'http.bad_request': { zh: '请求格式不正确', en: 'The request is malformed' },
  'http.invalid_json': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'http.validation': { zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  'http.unauthenticated': { zh: '请先登录', en: 'Please sign in first' },
  'http.forbidden': { zh: '您没有权限执行此操作', en: 'You are not allowed to do this' },
  'http.cross_site': {
    zh: '请求来源不受信任，请从本平台页面操作',
    en: 'The request does not come from this site’s own pages',
  },
  'http.not_found': { zh: '找不到请求的内容', en: 'Not found' },
  'http.route_not_found': { zh: '接口不存在', en: 'No such endpoint' },
  'http.payload_too_large': { zh: '提交的内容过大', en: 'The request body is too large' },
  'http.unsupported_media_type': { zh: '不支持的内容类型', en: 'Unsupported content type' },
  'http.rate_limited': { zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  'http.internal': { zh: '服务器内部错误，请稍后再试', en: 'Internal server error' },
  'auth.invalid_credentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': {
    zh: '连续登录失败次数过多，账号已临时锁定，请15分钟后再试或联系管理员',
    en: 'Too many failed sign-ins: the account is locked for 15 minutes',
  },
  'auth.banned': { zh: '账号已停用，请联系管理员', en: 'This account is disabled' },
  'auth.password_too_short': { zh: '密码长度需为8至128位', en: 'The password must be 8 to 128 characters' },
  'auth.password_too_weak': {
    zh: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs three of: upper case, lower case, digits, symbols',
  },
  'auth.password_unchanged': {
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  'auth.wrong_current_password': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.no_membership': {
    zh: '该账号尚未分配任何组织与角色',
    en: 'This account has no organisation role yet',
  },
  'auth.membership_not_found': { zh: '所选的组织身份不存在', en: 'The selected membership does not exist' },
} as const satisfies ErrorMessages;

declare module '../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof httpErrors, true> {}
}

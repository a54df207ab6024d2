import type { ErrorMessages } from '../../platform/errors';

export const volunteerErrors = {
  'volunteers.not_registered': {
    zh: '您还不是志愿者，请先申请',
    en: 'You are not a volunteer yet; apply first',
  },
  'volunteers.not_active': {
    zh: '您的志愿者申请尚未通过审核',
    en: 'Your volunteer application has not been approved yet',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof volunteerErrors, true> {}
}

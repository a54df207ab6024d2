import type { ErrorMessages } from '../../platform/errors';

export const communityProfileErrors = {
  'communityProfiles.not_a_community': { zh: '只有社区有社区概况', en: 'Only a community has a profile' },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof communityProfileErrors, true> {}
}

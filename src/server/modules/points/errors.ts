import type { ErrorMessages } from '../../platform/errors';

export const pointsErrors = {} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof pointsErrors, true> {}
}

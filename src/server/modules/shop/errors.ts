import type { ErrorMessages } from '../../platform/errors';

export const shopErrors = {} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof shopErrors, true> {}
}

import type { Locale } from '../../core/locale';

/**
 * Every error code, as `'<area>.<snake_reason>': true`. Each module adds its codes by declaration
 * merging in its `errors.ts`, so `new AppError(code)` only compiles for a code that has a title.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in every module's errors.ts
export interface ErrorRegistry {}
export type ErrorCode = keyof ErrorRegistry & string;

/** One title per code, in both languages: the server renders problem+json titles from these. */
export type ErrorMessages = Readonly<Record<string, { zh: string; en: string }>>;

export type ErrorCatalog = ReadonlyMap<string, { zh: string; en: string }>;

export function collectErrorMessages(all: readonly ErrorMessages[]): ErrorCatalog {
  const catalog = new Map<string, { zh: string; en: string }>();
  for (const [code, message] of all.flatMap((m) => Object.entries(m))) {
    if (catalog.has(code)) throw new Error(`错误码 ${code} 重复声明`);
    catalog.set(code, message);
  }
  return catalog;
}

export function errorTitle(catalog: ErrorCatalog, code: string, locale: Locale): string {
  const message = catalog.get(code) ?? catalog.get('http.internal');
  if (!message) return code;
  return locale === 'en' ? message.en : message.zh;
}

import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { LOCALE_STORAGE_KEY } from '../api/client';
import type { Locale } from '../api/types';

export const isLocale = (value: unknown): value is Locale => value === 'zh-CN' || value === 'en';

export const storedLocale = (): Locale | null => {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
};

// Keeps the document, dayjs (date pickers) and i18next on the same language.
export const applyLocale = (locale: Locale): void => {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
};

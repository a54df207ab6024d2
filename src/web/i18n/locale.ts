import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { LOCALE_STORAGE_KEY } from '../api/client';
import type { Locale } from '../api/types';
import { webModules } from '../modules/webModules';

export const isLocale = (value: unknown): value is Locale => value === 'zh-CN' || value === 'en';

export const storedLocale = (): Locale | null => {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
};

let englishLoaded: Promise<void> | undefined;

/**
 * English is loaded the first time it is chosen: most users never do, so its labels (the app's and every
 * module's) stay out of the first load. Until they arrive the page stays in Chinese.
 */
const loadEnglish = (): Promise<void> => {
  englishLoaded ??= Promise.all([
    import('./en').then((m) => m.en),
    ...webModules.map(({ i18n: labels }) => labels.en().then((en) => [labels.namespace, en] as const)),
  ]).then(([app, ...modules]) => {
    i18n.addResourceBundle('en', 'translation', { ...app, ...Object.fromEntries(modules) }, true, true);
  });
  return englishLoaded;
};

// Keeps the document, dayjs (date pickers) and i18next on the same language.
export const applyLocale = (locale: Locale): void => {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (i18n.language === locale) return;
  if (locale === 'zh-CN') void i18n.changeLanguage(locale);
  // A failed load (offline) leaves the page in Chinese; choosing English again tries again.
  else
    void loadEnglish().then(
      () => i18n.changeLanguage(locale),
      () => {
        englishLoaded = undefined;
      },
    );
};

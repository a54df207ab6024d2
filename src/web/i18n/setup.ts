import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { webModules } from '../modules/webModules';
import { en } from './en';
import { applyLocale, storedLocale } from './locale';
import type { Messages } from './messages';
import { zhCN } from './zhCN';

// One `translation` namespace: the app-level labels beside each module's own, under its namespace key.
const withModules = (app: Messages, locale: 'zhCN' | 'en'): Messages => {
  const resources: Messages = { ...app };
  for (const { i18n: labels } of webModules) {
    if (labels.namespace in resources) throw new Error(`Two sets of labels under "${labels.namespace}"`);
    resources[labels.namespace] = labels[locale];
  }
  return resources;
};

const initial: Locale = storedLocale() ?? 'zh-CN';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: withModules(zhCN, 'zhCN') },
    en: { translation: withModules(en, 'en') },
  },
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
});

applyLocale(initial);

export { i18n };

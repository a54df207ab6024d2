import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { webModules } from '../modules/webModules';
import { applyLocale, storedLocale } from './locale';
import type { Messages } from './messages';
import { zhCN } from './zhCN';

// One `translation` namespace: the app-level labels beside each module's own, under its namespace key.
const withModules = (
  app: Messages,
  modules: readonly { namespace: string; labels: Messages }[],
): Messages => {
  const resources: Messages = { ...app };
  for (const { namespace, labels } of modules) {
    if (namespace in resources) throw new Error(`Two sets of labels under "${namespace}"`);
    resources[namespace] = labels;
  }
  return resources;
};

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': {
      translation: withModules(
        zhCN,
        webModules.map(({ i18n: { namespace, zhCN } }) => ({ namespace, labels: zhCN })),
      ),
    },
  },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
});

applyLocale(storedLocale() ?? 'zh-CN');

export { i18n };

import type { TFunction } from 'i18next';

/** 250000 → "250,000 元" (two decimals only when there are 分). */
export const formatYuan = (yuan: number, language: string, t: TFunction): string =>
  t('projects.yuan', {
    amount: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(yuan),
  });

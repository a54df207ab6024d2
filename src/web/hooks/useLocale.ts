import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_STORAGE_KEY } from '../api/client';
import { saveLocale } from '../api/me';
import type { Locale, Me } from '../api/types';
import { applyLocale, isLocale } from '../i18n/locale';
import { ME_QUERY_KEY } from './useMe';

export const useLocale = (): { locale: Locale; setLocale: (locale: Locale) => void } => {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';

  const setLocale = useCallback(
    (next: Locale) => {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
      applyLocale(next);
      const me = queryClient.getQueryData<Me | null>(ME_QUERY_KEY);
      if (me) {
        // Saved on the account so that e-mails, exports and problem titles follow; failure is harmless.
        saveLocale(next).catch(() => undefined);
      }
      // Server-side titles and labels come back in the new language.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
    [queryClient],
  );

  return { locale, setLocale };
};

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError';

// The one sentence to show for a failed request: the server's translated title when it sent one.
export const useErrorText = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        if (error.status === 0) return t('common.networkError');
        if (error.title && !/^HTTP \d+$/.test(error.title)) return error.title;
      }
      return t('common.unknownError');
    },
    [t],
  );
};

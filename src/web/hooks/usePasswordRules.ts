import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkPasswordPolicy } from '../../core/password-policy';

// The same 等保 policy the server enforces, checked before the request leaves.
export const usePasswordRules = (field: string): FormRule[] => {
  const { t } = useTranslation();
  return [
    { required: true, message: t('common.required', { field }) },
    {
      validator: (_, value: string | undefined) => {
        if (!value) return Promise.resolve();
        const broken = checkPasswordPolicy(value);
        if (broken === 'auth.password_too_short') return Promise.reject(new Error(t('password.tooShort')));
        if (broken === 'auth.password_too_weak') return Promise.reject(new Error(t('password.tooWeak')));
        return Promise.resolve();
      },
    },
  ];
};

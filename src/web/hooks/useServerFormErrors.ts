import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/ApiError';
import { useErrorText } from './useErrorText';

// "body.username", "/username" or "memberships.0.role" → the antd field name path.
const toNamePath = (path: string): (string | number)[] =>
  path
    .replace(/^\/+/, '')
    .split(/[./]/)
    .filter((part) => part !== '' && part !== 'body')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

// Business errors that concern one field although the server sends no `errors` list for them:
// the first of the candidate fields that the form has gets the message.
const CODE_FIELDS: Record<string, string[]> = {
  'users.duplicate_username': ['username'],
  'users.duplicate_mobile': ['mobile'],
  'orgUnits.duplicate_code': ['code'],
  'orgUnits.duplicate_name': ['name'],
  'providers.duplicate_name': ['name'],
  'auth.wrong_current_password': ['currentPassword'],
  'auth.password_too_short': ['newPassword', 'password'],
  'auth.password_too_weak': ['newPassword', 'password'],
  'memberships.duplicate': ['role'],
  'memberships.role_not_grantable': ['role'],
  'memberships.role_unit_mismatch': ['role'],
  'memberships.provider_required': ['providerId'],
};

// Puts problem+json `errors` (and field-shaped error codes) on the form's fields;
// whatever fits no field is shown as a message.
export const useServerFormErrors = (form: FormInstance) => {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const registered = new Set(form.getFieldsError().map((field) => String(field.name[0])));
        if (error.errors.length > 0) {
          const onFields = error.errors.filter((e) => registered.has(String(toNamePath(e.path)[0])));
          form.setFields(onFields.map((e) => ({ name: toNamePath(e.path), errors: [e.message] })));
          if (onFields.length === error.errors.length) return;
        } else {
          const field = (CODE_FIELDS[error.code] ?? []).find((name) => registered.has(name));
          if (field && error.title) {
            form.setFields([{ name: field, errors: [error.title] }]);
            return;
          }
        }
      }
      void message.error(errorText(error));
    },
    [form, message, errorText],
  );
};

// How a dialog's save ends: say what was done and close, or put the server's errors on the fields.
export const useSaveThenClose = (form: FormInstance, onClose: () => void) => {
  const { message } = App.useApp();
  const showErrors = useServerFormErrors(form);
  return (done: string) => ({
    onSuccess: () => {
      void message.success(done);
      onClose();
    },
    onError: showErrors,
  });
};

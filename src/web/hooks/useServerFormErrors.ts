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

// Puts problem+json `errors` on the form's fields; whatever fits no field is shown as a message.
export const useServerFormErrors = (form: FormInstance) => {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.errors.length > 0) {
        const registered = new Set(form.getFieldsError().map((field) => String(field.name[0])));
        const onFields = error.errors.filter((e) => registered.has(String(toNamePath(e.path)[0])));
        form.setFields(onFields.map((e) => ({ name: toNamePath(e.path), errors: [e.message] })));
        if (onFields.length === error.errors.length) return;
      }
      void message.error(errorText(error));
    },
    [form, message, errorText],
  );
};

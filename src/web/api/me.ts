import { apiRequest } from './client';
import type { Locale, Me } from './types';

export const fetchMe = (signal?: AbortSignal): Promise<Me> => apiRequest<Me>('/api/v1/me', { signal });

export const saveLocale = (locale: Locale): Promise<unknown> =>
  apiRequest('/api/v1/me/locale', { method: 'PUT', body: { locale } });

export const changePassword = (input: { currentPassword: string; newPassword: string }): Promise<unknown> =>
  apiRequest('/api/v1/me/password', { method: 'POST', body: input });

export const signOutEverywhere = (): Promise<unknown> =>
  apiRequest('/api/v1/me/sign-out-everywhere', { method: 'POST', body: {} });

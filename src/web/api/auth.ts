import { apiRequest } from './client';

// A mainland mobile number: 11 digits starting with 1.
export const isMobileNumber = (value: string): boolean => /^1\d{10}$/.test(value.trim());

export const signIn = (identifier: string, password: string): Promise<unknown> => {
  const id = identifier.trim();
  if (isMobileNumber(id)) {
    return apiRequest('/api/auth/sign-in/phone-number', {
      method: 'POST',
      body: { phoneNumber: id, password },
    });
  }
  return apiRequest('/api/auth/sign-in/username', {
    method: 'POST',
    body: { username: id.toLowerCase(), password },
  });
};

// better-auth rejects a body-less JSON POST, so sign-out sends {}.
export const signOut = (): Promise<unknown> => apiRequest('/api/auth/sign-out', { method: 'POST', body: {} });

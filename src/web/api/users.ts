import { apiRequest } from './client';
import type { Page, Role, UserRow } from './types';

export type UserListQuery = {
  q?: string;
  orgUnitId?: string;
  role?: Role;
  page: number;
  pageSize: number;
};

export type UserCreateInput = {
  username: string;
  name: string;
  mobile?: string;
  password: string;
  orgUnitId: string;
  role: Role;
  providerId?: string;
};

export type MembershipInput = { userId: string; orgUnitId: string; role: Role; providerId?: string };

export const listUsers = (query: UserListQuery): Promise<Page<UserRow>> =>
  apiRequest('/api/v1/users', { query });

export const getUser = (id: string): Promise<UserRow> =>
  apiRequest(`/api/v1/users/${encodeURIComponent(id)}`);

export const createUser = (input: UserCreateInput): Promise<UserRow> =>
  apiRequest('/api/v1/users', { method: 'POST', body: input });

export const updateUser = (
  id: string,
  input: { name?: string; mobile?: string; banned?: boolean },
): Promise<UserRow> =>
  apiRequest(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });

export const resetUserPassword = (id: string, newPassword: string): Promise<unknown> =>
  apiRequest(`/api/v1/users/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
    body: { newPassword },
  });

export const addMembership = (input: MembershipInput): Promise<unknown> =>
  apiRequest('/api/v1/memberships', { method: 'POST', body: input });

export const removeMembership = (id: string): Promise<unknown> =>
  apiRequest(`/api/v1/memberships/${encodeURIComponent(id)}`, { method: 'DELETE' });

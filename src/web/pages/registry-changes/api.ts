import type {
  MyRegistryChangeInput,
  MyRegistryForm,
  RegistryChangeField,
  RegistryChangeInput,
  RegistryChangeLine,
  RegistryChangeStatus,
  RegistryChangeView,
} from '../../../core/registry-changes/contract';
import { apiRequest } from '../../api/client';

export type {
  MyRegistryChangeInput,
  RegistryChangeField,
  RegistryChangeInput,
  RegistryChangeLine,
  RegistryChangeStatus,
  RegistryChangeView,
};
export type MyRegistry = MyRegistryForm & { items: RegistryChangeView[] };

// Spelled here (checked against the contract's types) so the bundles do not pull zod in for a list.
export const REGISTRY_CHANGE_STATUSES = [
  'pending',
  'approved',
  'rejected',
] as const satisfies readonly RegistryChangeStatus[];

const path = (id: string, action: string) => `/api/v1/registry-changes/${encodeURIComponent(id)}/${action}`;

export const listRegistryChanges = (query: {
  status?: RegistryChangeStatus;
  residentId?: string;
}): Promise<{ items: RegistryChangeView[] }> => apiRequest('/api/v1/registry-changes', { query });

export const proposeRegistryChange = (
  residentId: string,
  input: RegistryChangeInput,
): Promise<RegistryChangeView> =>
  apiRequest(`/api/v1/residents/${encodeURIComponent(residentId)}/changes`, { method: 'POST', body: input });

export const approveRegistryChange = (id: string): Promise<RegistryChangeView> =>
  apiRequest(path(id, 'approve'), { method: 'POST', body: {} });

export const rejectRegistryChange = (id: string, reason: string): Promise<RegistryChangeView> =>
  apiRequest(path(id, 'reject'), { method: 'POST', body: { reason } });

export const myRegistry = (): Promise<MyRegistry> => apiRequest('/api/v1/me/registry-changes');

export const proposeMyRegistryChange = (input: MyRegistryChangeInput): Promise<RegistryChangeView> =>
  apiRequest('/api/v1/me/registry-changes', { method: 'POST', body: input });

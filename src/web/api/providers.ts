import { apiRequest } from './client';
import type { Provider } from './types';

export type ProviderInput = {
  name: string;
  creditCode?: string;
  contactName?: string;
  contactPhone?: string;
};

export const listProviders = (): Promise<{ items: Provider[] }> => apiRequest('/api/v1/providers');

export const createProvider = (input: ProviderInput): Promise<Provider> =>
  apiRequest('/api/v1/providers', { method: 'POST', body: input });

export const updateProvider = (id: string, input: Partial<ProviderInput>): Promise<Provider> =>
  apiRequest(`/api/v1/providers/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });

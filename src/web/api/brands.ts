import type { BrandInput, BrandView } from '../../core/activities/brands-contract';
import { apiRequest } from './client';

export type Brand = BrandView;

export const listBrands = (usableBy?: string): Promise<{ items: Brand[] }> =>
  apiRequest('/api/v1/brands', { query: { usableBy } });

export const createBrand = (input: BrandInput): Promise<Brand> =>
  apiRequest('/api/v1/brands', { method: 'POST', body: input });

export const deleteBrand = (id: string): Promise<void> =>
  apiRequest(`/api/v1/brands/${id}`, { method: 'DELETE' });

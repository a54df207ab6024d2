import { apiRequest } from './client';
import type { OrgUnit, OrgUnitDetail, OrgUnitKind } from './types';

export const listOrgUnits = (query: { q?: string; kind?: OrgUnitKind } = {}): Promise<{ items: OrgUnit[] }> =>
  apiRequest('/api/v1/org-units', { query });

export const getOrgUnit = (id: string): Promise<OrgUnitDetail> =>
  apiRequest(`/api/v1/org-units/${encodeURIComponent(id)}`);

export const createOrgUnit = (input: { parentId: string; name: string; code: string }): Promise<OrgUnit> =>
  apiRequest('/api/v1/org-units', { method: 'POST', body: input });

export const renameOrgUnit = (id: string, input: { name: string }): Promise<OrgUnit> =>
  apiRequest(`/api/v1/org-units/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });

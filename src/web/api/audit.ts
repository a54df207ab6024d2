import { apiRequest } from './client';
import type { AuditRow, Page } from './types';

export type AuditQuery = {
  action?: string;
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export const listAudit = (query: AuditQuery): Promise<Page<AuditRow>> =>
  apiRequest('/api/v1/audit', { query });

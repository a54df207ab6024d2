import type { z } from 'zod';
import type {
  residentVisits,
  VisitPlanRow,
  VisitPlanStatus,
  VisitRow,
  visitFollowUpFilters,
  visitPlanBulkInput,
  visitPlanBulkResult,
  visitPlanTotals,
  visitTargetGroups,
} from '../../core/cases/visits-contract';
import { apiRequest } from './client';
import type { Page } from './types';

export type { VisitPlanRow, VisitPlanStatus, VisitRow };
export type VisitTargetGroup = (typeof visitTargetGroups)[number];
export type VisitFollowUpFilter = (typeof visitFollowUpFilters)[number];
export type VisitPlanTotals = z.infer<typeof visitPlanTotals>;
export type VisitPlanBulkInput = z.input<typeof visitPlanBulkInput>;
export type VisitPlanBulkResult = z.infer<typeof visitPlanBulkResult>;
export type ResidentVisits = z.infer<typeof residentVisits>;

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for two lists.
export const VISIT_PLAN_STATUSES = [
  'overdue',
  'dueSoon',
  'onTime',
] as const satisfies readonly VisitPlanStatus[];
export const VISIT_FOLLOW_UP_FILTERS = [
  'pending',
  'done',
  'needed',
] as const satisfies readonly VisitFollowUpFilter[];

export type VisitPlanQuery = {
  q?: string;
  gridId?: string;
  status?: VisitPlanStatus;
  page: number;
  pageSize: number;
};

export type VisitListQuery = {
  q?: string;
  from?: string;
  to?: string;
  gridId?: string;
  followUp?: VisitFollowUpFilter;
  visitor?: string;
  page: number;
  pageSize: number;
};

export type VisitInput = {
  residentId: string;
  visitedOn: string;
  findings: string;
  followUpNeeded: boolean;
  /** Left out: the project of the resident's plan; null: none. */
  projectId?: string | null;
};

export const listVisitPlans = (
  query: VisitPlanQuery,
): Promise<Page<VisitPlanRow> & { totals: VisitPlanTotals }> => apiRequest('/api/v1/visit-plans', { query });

export const setVisitPlan = (input: {
  residentId: string;
  intervalDays: number;
  projectId?: string | null;
}): Promise<void> => apiRequest('/api/v1/visit-plans', { method: 'PUT', body: input });

export const setVisitPlansForGroup = (input: VisitPlanBulkInput): Promise<VisitPlanBulkResult> =>
  apiRequest('/api/v1/visit-plans/bulk', { method: 'POST', body: input });

export const endVisitPlan = (residentId: string): Promise<void> =>
  apiRequest(`/api/v1/visit-plans/${encodeURIComponent(residentId)}`, { method: 'DELETE' });

export const listOverdueVisits = (): Promise<{ asOf: string; items: VisitPlanRow[] }> =>
  apiRequest('/api/v1/visits/overdue');

export const listVisits = (query: VisitListQuery): Promise<Page<VisitRow>> =>
  apiRequest('/api/v1/visits', { query });

export const recordVisit = (input: VisitInput): Promise<{ id: string }> =>
  apiRequest('/api/v1/visits', { method: 'POST', body: input });

export const markFollowUpDone = (id: string, input: { doneOn: string; note: string }): Promise<void> =>
  apiRequest(`/api/v1/visits/${encodeURIComponent(id)}/follow-up`, { method: 'PATCH', body: input });

export const residentVisitsOf = (residentId: string): Promise<ResidentVisits> =>
  apiRequest(`/api/v1/residents/${encodeURIComponent(residentId)}/visits`);

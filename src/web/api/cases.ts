import type { z } from 'zod';
import type {
  CaseDetail,
  CaseGoal,
  CaseGoalStatus,
  CaseStage,
  CaseSummary,
  CaseSupervisor,
  caseOpenInput,
  caseRecordInput,
} from '../../core/cases/contract';
import { apiRequest } from './client';
import type { Page } from './types';

export type { CaseDetail, CaseGoal, CaseGoalStatus, CaseStage, CaseSummary, CaseSupervisor };
export type CaseOpenInput = z.input<typeof caseOpenInput>;
export type CaseRecordInput = z.input<typeof caseRecordInput>;
export type CaseRecord = CaseDetail['records'][number];

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for two lists.
export const CASE_STAGES = [
  'intake',
  'assessment',
  'planning',
  'intervention',
  'evaluation',
  'closed',
] as const satisfies readonly CaseStage[];
export const CASE_GOAL_STATUSES = [
  'open',
  'achieved',
  'dropped',
] as const satisfies readonly CaseGoalStatus[];

export type CaseListQuery = {
  stage?: CaseStage;
  mine?: boolean;
  /** Open cases with no recent record (the home's 个案待跟进). */
  waiting?: boolean;
  q?: string;
  projectId?: string;
  page: number;
  pageSize: number;
};

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

export const listCases = (query: CaseListQuery): Promise<Page<CaseSummary>> =>
  apiRequest('/api/v1/cases', { query });

export const getCase = (id: string): Promise<CaseDetail> => apiRequest(casePath(id));

export const listSupervisors = (residentId?: string): Promise<{ items: CaseSupervisor[] }> =>
  apiRequest('/api/v1/cases/supervisors', { query: { residentId } });

export const openCase = (input: CaseOpenInput): Promise<CaseDetail> =>
  apiRequest('/api/v1/cases', { method: 'POST', body: input });

// Moves the case to another project, or (null) out of any.
export const changeCaseProject = (id: string, projectId: string | null): Promise<CaseDetail> =>
  apiRequest(`${casePath(id)}/project`, { method: 'PATCH', body: { projectId } });

export const addCaseRecord = (id: string, input: CaseRecordInput): Promise<CaseDetail> =>
  apiRequest(`${casePath(id)}/records`, { method: 'POST', body: input });

export const advanceCase = (
  id: string,
  input: { to: CaseStage; on: string; closureReason?: string },
): Promise<CaseDetail> => apiRequest(`${casePath(id)}/advance`, { method: 'POST', body: input });

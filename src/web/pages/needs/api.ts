import type { z } from 'zod';
import type {
  NeedCategory,
  NeedDetail,
  NeedEventKind,
  NeedList,
  NeedPriority,
  NeedSourceKind,
  NeedStatus,
  NeedSummary,
  NeedTargetGroup,
  needChoice,
  needRaiseInput,
  needUpdateInput,
} from '../../../core/needs/contract';
import type { DeliberationFigures } from '../../../core/reporting/deliberation-figures-contract';
import { apiRequest } from '../../api/client';
import { downloadFile } from '../../api/files';

export type {
  DeliberationFigures,
  NeedCategory,
  NeedDetail,
  NeedEventKind,
  NeedList,
  NeedPriority,
  NeedSourceKind,
  NeedStatus,
  NeedSummary,
  NeedTargetGroup,
};
export type NeedRaiseInput = z.input<typeof needRaiseInput>;
export type NeedUpdateInput = z.input<typeof needUpdateInput>;
export type NeedChoice = z.infer<typeof needChoice>;

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for the lists.
export const NEED_STATUSES = [
  'new',
  'accepted',
  'onAgenda',
  'inProgress',
  'resolved',
  'declined',
  'merged',
] as const satisfies readonly NeedStatus[];
export const NEED_CATEGORIES = [
  'elderCare',
  'childrenYouth',
  'hardship',
  'disability',
  'health',
  'environment',
  'facilities',
  'safety',
  'culture',
  'neighbourhood',
  'other',
] as const satisfies readonly NeedCategory[];
export const NEED_TARGET_GROUPS = [
  'elderly',
  'children',
  'families',
  'disabled',
  'hardship',
  'allResidents',
  'other',
] as const satisfies readonly NeedTargetGroup[];
export const NEED_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly NeedPriority[];
export const NEED_SOURCE_KINDS = [
  'resident',
  'gridVisit',
  'interview',
  'survey',
  'suggestion',
  'staff',
] as const satisfies readonly NeedSourceKind[];
export const STAFF_SOURCE_KINDS = [
  'resident',
  'gridVisit',
  'interview',
  'staff',
] as const satisfies readonly NeedSourceKind[];

/** The statuses each action starts from, as the server's rules (core/needs/rules.ts) state them. */
export const NEED_ACTION_FROM = {
  edit: ['new', 'accepted', 'onAgenda', 'inProgress'],
  accept: ['new'],
  decline: ['new', 'accepted'],
  resolve: ['accepted', 'onAgenda', 'inProgress'],
  reopen: ['resolved'],
  merge: ['new', 'accepted', 'onAgenda', 'inProgress'],
} as const satisfies Record<string, readonly NeedStatus[]>;
export type NeedAction = keyof typeof NEED_ACTION_FROM;
export const mayNeed = (action: NeedAction, status: NeedStatus) =>
  (NEED_ACTION_FROM[action] as readonly NeedStatus[]).includes(status);

export type NeedListQuery = {
  status?: NeedStatus;
  category?: NeedCategory;
  targetGroup?: NeedTargetGroup;
  priority?: NeedPriority;
  sourceKind?: NeedSourceKind;
  orgUnitId?: string;
  compoundId?: string;
  gridId?: string;
  q?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

const needPath = (id: string) => `/api/v1/needs/${encodeURIComponent(id)}`;

export const listNeeds = (query: NeedListQuery): Promise<NeedList> => apiRequest('/api/v1/needs', { query });

export const exportNeeds = ({ page: _page, pageSize: _size, ...filter }: NeedListQuery): Promise<void> =>
  downloadFile('/api/v1/needs/export', '需求清单.xlsx', filter);

export const exportSelectedNeeds = (ids: readonly string[]): Promise<void> =>
  downloadFile('/api/v1/needs/export', '需求清单.xlsx', { ids });

export const getNeed = (id: string): Promise<NeedDetail> => apiRequest(needPath(id));

export const mergeCandidates = (id: string): Promise<NeedChoice[]> =>
  apiRequest(`${needPath(id)}/merge-candidates`);

export const raiseNeed = (input: NeedRaiseInput): Promise<NeedDetail> =>
  apiRequest('/api/v1/needs', { method: 'POST', body: input });

export const updateNeed = (id: string, input: NeedUpdateInput): Promise<NeedDetail> =>
  apiRequest(needPath(id), { method: 'PATCH', body: input });

export type NeedMove =
  | { action: 'accept' }
  | { action: 'decline'; reason: string }
  | { action: 'resolve'; resolution: string }
  | { action: 'reopen'; reason: string }
  | { action: 'merge'; intoId: string };

export const moveNeed = (id: string, { action, ...body }: NeedMove): Promise<NeedDetail> =>
  apiRequest(`${needPath(id)}/${action}`, { method: 'POST', body });

export const getDeliberationFigures = (query: {
  orgUnitId?: string;
  from: string;
  to: string;
}): Promise<DeliberationFigures> => apiRequest('/api/v1/deliberation-figures', { query });

/** A resident's home visits (the cases module's list), to name the grid visit a need came up in. */
export const residentVisits = (
  residentId: string,
): Promise<{ items: { id: string; visitedOn: string; visitorName: string }[] }> =>
  apiRequest(`/api/v1/residents/${encodeURIComponent(residentId)}/visits`);

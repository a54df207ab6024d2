import type {
  MySuggestion,
  PublicReply,
  RouteTarget,
  SuggestionDetail,
  SuggestionListQuery,
  SuggestionNeedInput,
  SuggestionPhotoView,
  SuggestionStatus,
  SuggestionSummary,
} from '../../../core/suggestions/contract';
import { apiRequest } from '../../api/client';
import { sendFile } from '../../api/files';

export type {
  MySuggestion,
  PublicReply,
  RouteTarget,
  SuggestionDetail,
  SuggestionPhotoView,
  SuggestionStatus,
  SuggestionSummary,
};

// Spelled here (checked against the contract's types) so the bundles do not pull zod in for a few lists.
export const SUGGESTION_STATUSES = [
  'submitted',
  'routed',
  'replied',
  'closed',
] as const satisfies readonly SuggestionStatus[];
export const ROUTE_TARGETS = [
  'ownersCommittee',
  'propertyManager',
  'gridWorker',
  'staff',
] as const satisfies readonly RouteTarget[];
export const MAX_PHOTOS = 3;

export type SuggestionQuery = Omit<SuggestionListQuery, 'overdue'> & {
  overdue?: boolean;
  page: number;
  pageSize: number;
};
export type SuggestionPage = {
  items: SuggestionSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<SuggestionStatus, number>;
};
export type NeedFormInput = Omit<SuggestionNeedInput, 'description' | 'priority'> & {
  description?: string;
  priority?: SuggestionNeedInput['priority'];
};

const path = (id: string, action = '') => `/api/v1/suggestions/${encodeURIComponent(id)}${action}`;

export const listSuggestions = (query: SuggestionQuery): Promise<SuggestionPage> =>
  apiRequest('/api/v1/suggestions', { query: { ...query, overdue: query.overdue ? 'true' : undefined } });
export const getSuggestion = (id: string): Promise<SuggestionDetail> => apiRequest(path(id));
export const routeSuggestion = (
  id: string,
  input: { to: RouteTarget; name: string },
): Promise<SuggestionDetail> => apiRequest(path(id, '/route'), { method: 'POST', body: input });
export const replySuggestion = (
  id: string,
  input: { reply: string; publish: boolean },
): Promise<SuggestionDetail> => apiRequest(path(id, '/reply'), { method: 'POST', body: input });
export const closeSuggestion = (id: string): Promise<SuggestionDetail> =>
  apiRequest(path(id, '/close'), { method: 'POST', body: {} });
export const suggestionToNeed = (id: string, input: NeedFormInput): Promise<SuggestionDetail> =>
  apiRequest(path(id, '/need'), { method: 'POST', body: input });

// ---- The phone ----

export type SuggestionPost = {
  title: string;
  body: string;
  compoundId?: string;
  anonymous: boolean;
  photos: File[];
};

export const mySuggestions = (): Promise<{ items: MySuggestion[] }> => apiRequest('/api/v1/me/suggestions');
export const publicReplies = (): Promise<{ items: PublicReply[] }> =>
  apiRequest('/api/v1/me/suggestions/public');
export const mySuggestionPlaces = (): Promise<{ compounds: { id: string; name: string }[] }> =>
  apiRequest('/api/v1/me/suggestions/places');

// One multipart request: the text and the photos are kept together or not at all.
export const postSuggestion = async (post: SuggestionPost): Promise<MySuggestion> => {
  const form = new FormData();
  form.append('title', post.title);
  form.append('body', post.body);
  if (post.compoundId) form.append('compoundId', post.compoundId);
  form.append('anonymous', post.anonymous ? 'true' : 'false');
  for (const photo of post.photos) form.append('files', photo, photo.name);
  const response = await sendFile('/api/v1/me/suggestions', {
    method: 'POST',
    body: form,
    accept: 'application/json, application/problem+json',
  });
  return (await response.json()) as MySuggestion;
};

import { AFFILIATIONS, VOLUNTEER_ROLES, VOLUNTEER_STATUSES, type VolunteerListQuery } from './api';

// The list's filters and page live in the address, so "back" from a volunteer lands on the same rows.
const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

export const queryFromParams = (params: URLSearchParams): VolunteerListQuery => {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    q: params.get('q') || undefined,
    status: VOLUNTEER_STATUSES.find((s) => s === params.get('status')),
    role: VOLUNTEER_ROLES.find((r) => r === params.get('role')),
    affiliation: AFFILIATIONS.find((a) => a === params.get('affiliation')),
    teamId: params.get('teamId') || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

export const paramsFromQuery = (query: VolunteerListQuery): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'role', 'affiliation', 'teamId'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
};

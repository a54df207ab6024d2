import { SUGGESTION_STATUSES, type SuggestionQuery } from './api';

// The list's tab, filters and page live in the address, so "back" from a suggestion lands on the same rows.

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const isDate = (value: string | null) => (value && /^\d{4}-\d\d-\d\d$/.test(value) ? value : undefined);

export const queryFromParams = (params: URLSearchParams): SuggestionQuery => {
  const status = params.get('status');
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    status: SUGGESTION_STATUSES.find((s) => s === status),
    compoundId: params.get('compoundId') || undefined,
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
    q: params.get('q') || undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

// Defaults are left out so that the plain list has a plain address.
export const paramsFromQuery = (query: SuggestionQuery): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of ['status', 'compoundId', 'from', 'to', 'q'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.overdue) params.set('overdue', 'true');
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
};

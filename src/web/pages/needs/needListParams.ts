import {
  NEED_CATEGORIES,
  NEED_PRIORITIES,
  NEED_SOURCE_KINDS,
  NEED_STATUSES,
  NEED_TARGET_GROUPS,
  type NeedListQuery,
} from './api';

// The list's filters and page live in the address, so "back" from a need and the home's todo link
// (/needs?status=new) land on the same rows.

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);
const day = (value: string | null) => (value && isoDay.test(value) ? value : undefined);

export const queryFromParams = (params: URLSearchParams): NeedListQuery => {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    status: oneOf(NEED_STATUSES, params.get('status')),
    category: oneOf(NEED_CATEGORIES, params.get('category')),
    targetGroup: oneOf(NEED_TARGET_GROUPS, params.get('targetGroup')),
    priority: oneOf(NEED_PRIORITIES, params.get('priority')),
    sourceKind: oneOf(NEED_SOURCE_KINDS, params.get('sourceKind')),
    orgUnitId: params.get('orgUnitId') || undefined,
    compoundId: params.get('compoundId') || undefined,
    gridId: params.get('gridId') || undefined,
    q: params.get('q') || undefined,
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

// Defaults are left out so that the plain list has a plain address.
export const paramsFromQuery = (query: NeedListQuery): URLSearchParams => {
  const params = new URLSearchParams();
  const { page, pageSize, ...filters } = query;
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page !== 1) params.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(pageSize));
  return params;
};

export const isFiltered = ({ page: _page, pageSize: _size, ...filters }: NeedListQuery) =>
  Object.values(filters).some(Boolean);

import { type AgeBand, ageBands } from '../../../core/residents/age-bands';
import type { ResidentAttention, ResidentListQuery, ResidentSort, ResidentStatus } from '../../api/residents';

// The list's filters, sort and page live in the address, so "back" from a detail page and a shared
// link both land on the same rows.

const SORTS: readonly ResidentSort[] = ['name', 'birthDate', '-birthDate', 'createdAt'];
const STATUSES: readonly (ResidentStatus | 'all')[] = ['active', 'movedAway', 'died', 'all'];
const ATTENTIONS: readonly ResidentAttention[] = ['incomplete', 'consentMissing'];
const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const isAgeBand = (value: string | null): value is AgeBand => value !== null && value in ageBands;

export const queryFromParams = (params: URLSearchParams): ResidentListQuery => {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const ageBand = params.get('ageBand');
  const asOf = params.get('asOf');
  return {
    q: params.get('q') || undefined,
    compoundId: params.get('compoundId') || undefined,
    gridId: params.get('gridId') || undefined,
    tag: params.get('tag') || undefined,
    ageBand: isAgeBand(ageBand) ? ageBand : undefined,
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
    status: oneOf(params.get('status'), STATUSES) ?? 'active',
    sort: oneOf(params.get('sort'), SORTS) ?? 'name',
    attention: oneOf(params.get('attention'), ATTENTIONS),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

// Defaults are left out so that the plain list has a plain address.
export const paramsFromQuery = (query: ResidentListQuery): URLSearchParams => {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | undefined, fallback?: string | number) => {
    if (value === undefined || value === '' || value === fallback) return;
    params.set(key, String(value));
  };
  put('q', query.q);
  put('compoundId', query.compoundId);
  put('gridId', query.gridId);
  put('tag', query.tag);
  put('ageBand', query.ageBand);
  put('asOf', query.asOf);
  put('status', query.status, 'active');
  put('sort', query.sort, 'name');
  put('attention', query.attention);
  put('page', query.page, 1);
  put('pageSize', query.pageSize, DEFAULT_PAGE_SIZE);
  return params;
};

// The filters alone (no paging), as the export takes them.
export const filtersOf = ({ page: _page, pageSize: _pageSize, ...filters }: ResidentListQuery) => filters;

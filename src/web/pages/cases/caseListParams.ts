import { CASE_STAGES, type CaseListQuery } from '../../api/cases';

// The list's filters and page live in the address, so "back" from a case lands on the same rows.

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

export const queryFromParams = (params: URLSearchParams): CaseListQuery => {
  const stage = params.get('stage');
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    stage: CASE_STAGES.find((s) => s === stage),
    mine: params.get('mine') === 'true' ? true : undefined,
    waiting: params.get('waiting') === 'true' ? true : undefined,
    q: params.get('q') || undefined,
    projectId: params.get('projectId') || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

// Defaults are left out so that the plain list has a plain address.
export const paramsFromQuery = (query: CaseListQuery): URLSearchParams => {
  const params = new URLSearchParams();
  if (query.stage) params.set('stage', query.stage);
  if (query.mine) params.set('mine', 'true');
  if (query.waiting) params.set('waiting', 'true');
  if (query.q) params.set('q', query.q);
  if (query.projectId) params.set('projectId', query.projectId);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
};

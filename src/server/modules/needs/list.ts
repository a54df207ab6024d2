import { and, count, desc, eq, exists, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import {
  type NeedCategory,
  type NeedList,
  type NeedListQuery,
  type NeedStatus,
  type NeedSummary,
  needCategories,
  needStatuses,
} from '../../../core/needs/contract';
import { median } from '../../../core/needs/rules';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope, underPath } from '../../http/scope';
import { inSelection } from '../../http/selection';
import type { ServiceContext } from '../../platform/context';
import { getOrgUnitInScope } from '../org-units/service';
import { needSources, needs } from './schema';
import { dayOf, daysToResolve, summaryColumns } from './summary-columns';

type Filter = Omit<NeedListQuery, 'orgUnitId'> & { unitPath?: string };

/** The list's conditions, in the actor's scope; `without` leaves one filter out (for that filter's counts). */
function conditionsOf(ctx: ServiceContext, f: Filter, without?: 'status' | 'category'): SQL {
  const conditions: (SQL | undefined)[] = [
    inScope(ctx.actor, needs.orgPath),
    f.unitPath ? underPath(needs.orgPath, f.unitPath) : undefined,
    f.status && without !== 'status' ? eq(needs.status, f.status) : undefined,
    f.category && without !== 'category' ? eq(needs.category, f.category) : undefined,
    f.targetGroup ? eq(needs.targetGroup, f.targetGroup) : undefined,
    f.priority ? eq(needs.priority, f.priority) : undefined,
    f.compoundId ? eq(needs.compoundId, f.compoundId) : undefined,
    f.gridId ? eq(needs.gridId, f.gridId) : undefined,
    f.q ? ilike(needs.title, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    f.from ? sql`${dayOf(needs.raisedAt)} >= ${f.from}::date` : undefined,
    f.to ? sql`${dayOf(needs.raisedAt)} <= ${f.to}::date` : undefined,
    // Any source of that kind: a merged need keeps the sources of both.
    f.sourceKind
      ? exists(
          ctx.db
            .select({ one: sql`1` })
            .from(needSources)
            .where(and(eq(needSources.needId, needs.id), eq(needSources.kind, f.sourceKind))),
        )
      : undefined,
  ];
  return and(...conditions) as SQL;
}

type SummaryRow = {
  [K in keyof NeedSummary]: K extends 'raisedAt'
    ? Date
    : K extends 'resolvedAt'
      ? Date | null
      : NeedSummary[K];
};

export function toNeedSummary(r: SummaryRow): NeedSummary {
  return {
    ...r,
    orgUnitName: r.orgUnitName ?? '',
    raisedAt: r.raisedAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    daysToResolve: r.daysToResolve === null ? null : Number(r.daysToResolve),
  };
}

/** Narrows a street's or district's list to one unit below it (in scope, else 404). */
async function filterOf(ctx: ServiceContext, query: NeedListQuery): Promise<Filter> {
  const { orgUnitId, ...rest } = query;
  if (!orgUnitId) return rest;
  const unit = await getOrgUnitInScope(ctx, orgUnitId);
  return { ...rest, unitPath: unit.path };
}

/**
 * The needs in the filter, newest first, as rows for a sheet (no paging); or only the needs ticked on
 * the list (`ids` replace the filter: a selection spans pages and filters), those in scope.
 */
export async function needRowsForExport(
  ctx: ServiceContext,
  query: NeedListQuery,
  ids?: readonly string[],
): Promise<NeedSummary[]> {
  const where = ids
    ? and(inScope(ctx.actor, needs.orgPath), inSelection(needs.id, ids))
    : conditionsOf(ctx, await filterOf(ctx, query));
  const rows = await ctx.db
    .select(summaryColumns)
    .from(needs)
    .where(where)
    .orderBy(desc(needs.raisedAt), needs.id)
    .limit(5000);
  return rows.map(toNeedSummary);
}

/** A page of the needs list with counts by category and status, and the median time to resolve. */
export async function listNeeds(ctx: ServiceContext, query: NeedListQuery & PageQuery): Promise<NeedList> {
  const f = await filterOf(ctx, query);
  const where = conditionsOf(ctx, f);
  const [rows, [{ total }], byCategory, byStatus, resolvedDays] = await Promise.all([
    ctx.db
      .select(summaryColumns)
      .from(needs)
      .where(where)
      .orderBy(desc(needs.raisedAt), needs.id)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(needs).where(where),
    // Each count leaves its own filter out, so the tabs and chips show what choosing another would give.
    ctx.db
      .select({ key: needs.category, n: count() })
      .from(needs)
      .where(conditionsOf(ctx, f, 'category'))
      .groupBy(needs.category),
    ctx.db
      .select({ key: needs.status, n: count() })
      .from(needs)
      .where(conditionsOf(ctx, f, 'status'))
      .groupBy(needs.status),
    ctx.db
      .select({ days: daysToResolve })
      .from(needs)
      .where(and(where, inArray(needs.status, ['resolved']))),
  ]);
  return {
    items: rows.map(toNeedSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    byCategory: countsOf<NeedCategory>(needCategories, byCategory),
    byStatus: countsOf<NeedStatus>(needStatuses, byStatus),
    medianDaysToResolve: median(resolvedDays.map((r) => Number(r.days))),
  };
}

function countsOf<K extends string>(keys: readonly K[], rows: { key: K; n: number }[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) counts[r.key] = r.n;
  return counts;
}

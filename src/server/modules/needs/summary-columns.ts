import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { compoundNameOf, gridNameOf, orgUnitNameOf } from '../org-units/service';
import { needSources, needs } from './schema';

/** The Asia/Shanghai calendar day of a timestamp column: the product's days. */
export const dayOf = (column: AnyPgColumn) => sql`(${column} at time zone 'Asia/Shanghai')::date`;

/** Whole calendar days from raised to resolved (null while not resolved). */
export const daysToResolve = sql<number | null>`(${dayOf(needs.resolvedAt)} - ${dayOf(needs.raisedAt)})`;

/** A need as lists show it. */
export const summaryColumns = {
  id: needs.id,
  title: needs.title,
  category: needs.category,
  targetGroup: needs.targetGroup,
  priority: needs.priority,
  status: needs.status,
  sourceKind: needs.sourceKind,
  orgUnitId: needs.orgUnitId,
  orgUnitName: orgUnitNameOf(needs.orgUnitId),
  compoundId: needs.compoundId,
  compoundName: compoundNameOf(needs.compoundId),
  gridId: needs.gridId,
  gridName: gridNameOf(needs.gridId),
  raisedAt: needs.raisedAt,
  resolvedAt: needs.resolvedAt,
  daysToResolve,
  // The inner `sql` keeps the columns qualified (drizzle prints top-level ones bare in a one-table select).
  sourceCount: sql<number>`(${sql`select count(*)::int from ${needSources} where ${needSources.needId} = ${needs.id}`})`,
};

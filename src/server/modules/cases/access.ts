import { and, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { cases } from './schema';

export type CaseRow = typeof cases.$inferSelect;

/**
 * Who a case is whole to: its worker, its supervisor and the community's staff. Anyone else with case
 * access in the unit learns only that a case exists — not who the client is — because being a
 * casework client is itself sensitive.
 */
export function maySeeWhole(actor: Actor, row: Pick<CaseRow, 'workerUserId' | 'supervisorUserId'>): boolean {
  return (
    row.workerUserId === actor.userId ||
    row.supervisorUserId === actor.userId ||
    actor.membership.role === 'communityStaff'
  );
}

/** The same rule as a condition, for queries that must not even match on hidden cases (name search). */
export function wholeToActor(actor: Actor): SQL {
  if (actor.membership.role === 'communityStaff') return sql`true`;
  return or(eq(cases.workerUserId, actor.userId), eq(cases.supervisorUserId, actor.userId)) as SQL;
}

function assertWhole(actor: Actor, row: CaseRow): CaseRow {
  if (!maySeeWhole(actor, row)) throw new AppError('cases.restricted', 403);
  return row;
}

/** A case in the actor's scope, or 404 like a missing one. */
function findCase(ctx: ServiceContext, id: string): Promise<CaseRow> {
  return findInScopeOrThrow(
    ctx.db,
    { table: cases, columns: getTableColumns(cases), id, scope: inScope(ctx.actor, cases.orgPath) },
    'cases.not_found',
  );
}

/** A case the actor may see whole; 403 `cases.restricted` when it exists in scope but is not theirs. */
export async function findWholeCase(ctx: ServiceContext, id: string): Promise<CaseRow> {
  return assertWhole(ctx.actor, await findCase(ctx, id));
}

/**
 * The same, locked until the transaction `tx` ends: a write that depends on the case as read (its
 * stage, its project) waits for a concurrent change and then sees it, instead of acting on what it was.
 */
export async function lockWholeCase(tx: ServiceContext, id: string): Promise<CaseRow> {
  const [row] = await tx.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), inScope(tx.actor, cases.orgPath)))
    .for('update');
  if (!row) throw new AppError('cases.not_found', 404);
  return assertWhole(tx.actor, row);
}

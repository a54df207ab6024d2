import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
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

/** A case in the actor's scope, or 404 like a missing one. */
export async function findCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), inScope(actor, cases.orgPath)));
  if (!row) throw new AppError('cases.not_found', 404);
  return row;
}

/** A case the actor may see whole; 403 `cases.restricted` when it exists in scope but is not theirs. */
export async function findWholeCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  const row = await findCase(db, actor, id);
  if (!maySeeWhole(actor, row)) throw new AppError('cases.restricted', 403);
  return row;
}

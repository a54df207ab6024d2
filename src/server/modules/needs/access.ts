import { and, eq, inArray } from 'drizzle-orm';
import type { NeedEventKind, NeedRefKind, NeedStatus } from '../../../core/needs/contract';
import { type NeedAction, needActionFrom, needStatusAfter } from '../../../core/needs/rules';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { needEvents, needs } from './schema';

export type NeedRow = typeof needs.$inferSelect;

/**
 * A need in the actor's scope, locked until the transaction ends: a change that depends on its status
 * waits for a concurrent one and then sees it. Out of scope answers 404 like a missing need.
 */
export async function lockNeed(tx: ServiceContext, id: string): Promise<NeedRow> {
  const [row] = await tx.db
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), inScope(tx.actor, needs.orgPath)))
    .for('update');
  if (!row) throw new AppError('needs.not_found', 404);
  return row;
}

/** Refuses an action the need's status does not allow (409 `needs.wrong_status`). */
export function assertMay(action: NeedAction, row: Pick<NeedRow, 'status'>): void {
  if (!needActionFrom[action].includes(row.status)) throw new AppError('needs.wrong_status', 409);
}

export type NeedEventInput = {
  note?: string;
  refKind?: NeedRefKind | null;
  refId?: string | null;
  at?: Date;
};

/** One step of the need's thread, by the actor, now (or at `at`, for a source dated earlier). */
export async function addNeedEvent(
  tx: ServiceContext,
  need: Pick<NeedRow, 'id' | 'orgPath'>,
  kind: NeedEventKind,
  event: NeedEventInput = {},
): Promise<void> {
  await tx.db.insert(needEvents).values({
    needId: need.id,
    orgPath: need.orgPath,
    kind,
    note: event.note ?? '',
    refKind: event.refKind ?? null,
    refId: event.refId ?? null,
    actorUserId: tx.actor.userId,
    at: event.at ?? tx.clock.now(),
  });
}

/**
 * Moves a locked need by `action`, guarded on the status it was read with (a second writer that got
 * past the lock some other way still cannot win), then writes the thread's step and the audit row.
 */
export async function moveNeed(
  tx: ServiceContext,
  row: NeedRow,
  action: NeedAction,
  step: { kind: NeedEventKind; set?: Partial<typeof needs.$inferInsert>; reason?: string } & NeedEventInput,
): Promise<NeedStatus> {
  assertMay(action, row);
  const to = needStatusAfter(action, row.status);
  const moved = await tx.db
    .update(needs)
    .set({ ...step.set, status: to })
    .where(and(eq(needs.id, row.id), inArray(needs.status, [...needActionFrom[action]])))
    .returning({ id: needs.id });
  if (moved.length === 0) throw new AppError('needs.wrong_status', 409);
  await addNeedEvent(tx, row, step.kind, step);
  await recordAudit(tx, {
    action: `needs.${step.kind}`,
    entity: 'need',
    entityId: row.id,
    reason: step.reason,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
    detail: { from: row.status, to, ...(step.refId ? { refKind: step.refKind, refId: step.refId } : {}) },
  });
  return to;
}

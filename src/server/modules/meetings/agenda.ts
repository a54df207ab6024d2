import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { agendaEditInput, agendaItemInput, decisionInput } from '../../../core/meetings/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { needRefs, placeNeedOnAgenda, recordNeedDecision } from '../needs/service';
import { assertBegun, assertMeeting, lockMeeting } from './access';
import { agendaItems } from './schema';

// 议题: drawn from the community's needs list (the need goes on the agenda) or added freely; ordered;
// each with the discussion and the decision (方案) the meeting came to.

/** An agenda item in scope with its meeting locked, or 404. */
export async function lockAgendaItem(tx: ServiceContext, id: string) {
  const [item] = await tx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), inScope(tx.actor, agendaItems.orgPath)));
  if (!item) throw new AppError('agendaItems.not_found', 404);
  const meeting = await lockMeeting(tx, item.meetingId);
  const [locked] = await tx.db.select().from(agendaItems).where(eq(agendaItems.id, id)).for('update');
  return { item: locked, meeting };
}

/** A need of the meeting's community that is not yet on this agenda: its title. */
async function needForAgenda(tx: ServiceContext, meeting: { id: string; orgUnitId: string }, needId: string) {
  const need = (await needRefs(tx, [needId])).get(needId);
  if (!need) throw new AppError('needs.not_found', 404);
  if (need.orgUnitId !== meeting.orgUnitId)
    throw new AppError('agendaItems.need_not_in_unit', 400, [
      { path: 'needId', message: '请选择本社区的需求' },
    ]);
  const [already] = await tx.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.needId, needId)));
  if (already) throw new AppError('agendaItems.duplicate_need', 409);
  return need;
}

export async function addAgendaItem(
  ctx: ServiceContext,
  meetingId: string,
  input: z.infer<typeof agendaItemInput>,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    assertMeeting('prepare', meeting);
    const need = input.needId ? await needForAgenda(tx, meeting, input.needId) : null;
    const [{ next }] = await tx.db
      .select({ next: sql<number>`coalesce(max(${agendaItems.position}), 0)::int + 1` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const [row] = await tx.db
      .insert(agendaItems)
      .values({
        meetingId,
        orgPath: meeting.orgPath,
        position: next,
        title: input.title || (need?.title ?? ''),
        needId: need?.id ?? null,
      })
      .returning({ id: agendaItems.id });
    // The need moves (accepted → 已上会) in this transaction; a need in the wrong status refuses it all.
    if (need)
      await placeNeedOnAgenda(tx, need.id, { meetingId, agendaItemId: row.id, meetingTitle: meeting.title });
    return row;
  });
}

export async function editAgendaItem(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof agendaEditInput>,
) {
  await inTransaction(ctx, async (tx) => {
    const { meeting } = await lockAgendaItem(tx, id);
    assertMeeting('prepare', meeting);
    await tx.db.update(agendaItems).set(input).where(eq(agendaItems.id, id));
  });
}

/** Only a free item without a decision goes: a need's thread keeps the agenda it was put on. */
export async function removeAgendaItem(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { item, meeting } = await lockAgendaItem(tx, id);
    assertMeeting('prepare', meeting);
    if (item.decision !== null || item.needId !== null) throw new AppError('agendaItems.decided', 409);
    await tx.db.delete(agendaItems).where(eq(agendaItems.id, id));
  });
}

/** The new order: every item of the meeting, each once. */
export async function reorderAgenda(ctx: ServiceContext, meetingId: string, ids: string[]): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    assertMeeting('prepare', meeting);
    const current = await tx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position));
    const known = new Set(current.map((c) => c.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i)))
      throw new AppError('agendaItems.bad_order', 400);
    for (const [i, id] of ids.entries())
      await tx.db
        .update(agendaItems)
        .set({ position: i + 1 })
        .where(eq(agendaItems.id, id));
  });
}

/**
 * 形成方案: on the meeting's day or later. A need on the item moves to 办理中 with the first decision;
 * a changed decision adds a step to its thread.
 */
export async function recordDecision(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof decisionInput>,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { item, meeting } = await lockAgendaItem(tx, id);
    assertMeeting('prepare', meeting);
    assertBegun(tx, meeting);
    await tx.db
      .update(agendaItems)
      .set({
        discussion: input.discussion,
        decision: input.decision,
        decidedAt: item.decidedAt ?? tx.clock.now(),
      })
      .where(eq(agendaItems.id, id));
    if (item.needId && item.decision !== input.decision)
      await recordNeedDecision(tx, item.needId, { agendaItemId: id, decision: input.decision });
    await recordAudit(tx, {
      action: 'meetings.decision',
      entity: 'agendaItem',
      entityId: id,
      orgUnit: { id: meeting.orgUnitId, path: meeting.orgPath },
      detail: { meetingId: meeting.id, needId: item.needId },
    });
  });
}

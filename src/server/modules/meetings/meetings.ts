import { and, asc, desc, eq, gte, ilike, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  builtInMeetingKindLabels,
  type MeetingDetail,
  type MeetingInput,
  type MeetingSummary,
  type meetingListQuery,
} from '../../../core/meetings/contract';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { needRefs } from '../needs/service';
import { compoundNameOf, orgUnitNameOf, placesOfCommunity } from '../org-units/service';
import {
  actorCommunity,
  assertBegun,
  assertMeeting,
  findMeeting,
  lockMeeting,
  type MeetingRow,
} from './access';
import { actionItemViews } from './action-views';
import { kindOfUnit, rulesOfUnit } from './kinds';
import { actionItems, agendaItems, meetingKinds, meetingParticipants, meetings } from './schema';

// Planning a meeting, editing it while planned, cancelling it, and closing it with the minutes.

const countOf = (from: SQL, where: SQL = sql`true`) =>
  sql<number>`(select count(*)::int from ${from} where x.meeting_id = "meetings"."id" and ${where})`;

const summaryColumns = {
  id: meetings.id,
  orgUnitId: meetings.orgUnitId,
  orgUnitName: orgUnitNameOf(meetings.orgUnitId),
  kind: meetings.kind,
  customKindId: meetings.customKindId,
  customKindName: sql<
    string | null
  >`(${sql`select ${meetingKinds.name} from ${meetingKinds} where ${meetingKinds.id} = ${meetings.customKindId}`})`,
  title: meetings.title,
  hostName: meetings.hostName,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  place: meetings.place,
  compoundId: meetings.compoundId,
  compoundName: compoundNameOf(meetings.compoundId),
  status: meetings.status,
  participantCount: countOf(sql`meeting_participants x`),
  signedInCount: countOf(sql`meeting_participants x`, sql`x.signed_in_at is not null`),
  agendaCount: countOf(sql`agenda_items x`),
  openActionCount: countOf(sql`action_items x`, sql`x.status = 'open'`),
};

type SummaryRow = Omit<MeetingSummary, 'kindName' | 'startsAt' | 'endsAt'> & {
  customKindName: string | null;
  startsAt: Date;
  endsAt: Date | null;
};

const toSummary = ({ customKindName, ...r }: SummaryRow): MeetingSummary => ({
  ...r,
  kindName: r.kind === 'other' ? (customKindName ?? '') : builtInMeetingKindLabels[r.kind],
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt?.toISOString() ?? null,
});

type ListQuery = z.infer<typeof meetingListQuery> & PageQuery;

function listWhere(ctx: ServiceContext, q: ListQuery): SQL | undefined {
  const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
  return and(
    inScope(ctx.actor, meetings.orgPath),
    q.status ? eq(meetings.status, q.status) : undefined,
    q.kind ? eq(meetings.kind, q.kind) : undefined,
    q.from ? gte(meetings.startsAt, dayStart(q.from)) : undefined,
    q.to ? lte(meetings.startsAt, new Date(dayStart(q.to).getTime() + 86_400_000 - 1)) : undefined,
    q.q ? ilike(meetings.title, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
}

/** Meetings in scope, newest first (planned ones ahead of the past). */
export async function listMeetings(ctx: ServiceContext, q: ListQuery) {
  const where = listWhere(ctx, q);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(summaryColumns)
      .from(meetings)
      .where(where)
      .orderBy(desc(meetings.startsAt))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(meetings).where(where),
  ]);
  return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

async function summaryOf(ctx: ServiceContext, id: string): Promise<MeetingSummary> {
  const [row] = await ctx.db.select(summaryColumns).from(meetings).where(eq(meetings.id, id));
  return toSummary(row);
}

/** One meeting with its participants, agenda (decisions, action items) and the unit's rules. */
export async function getMeeting(ctx: ServiceContext, id: string): Promise<MeetingDetail> {
  const row = await findMeeting(ctx, id);
  const [summary, participants, agenda, actions, rules] = await Promise.all([
    summaryOf(ctx, id),
    ctx.db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(asc(meetingParticipants.createdAt), asc(meetingParticipants.id)),
    ctx.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(asc(agendaItems.position)),
    actionItemViews(ctx, eq(actionItems.meetingId, id)),
    rulesOfUnit(ctx, row.orgUnitId),
  ]);
  const needs = await needRefs(
    ctx,
    agenda.flatMap((a) => (a.needId ? [a.needId] : [])),
  );
  return {
    ...summary,
    minutes: row.minutes,
    recorderName: row.recorderName,
    heldAt: row.heldAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    participants: participants.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      affiliation: p.affiliation,
      signedInAt: p.signedInAt?.toISOString() ?? null,
    })),
    agenda: agenda.map((a) => ({
      id: a.id,
      position: a.position,
      title: a.title,
      needId: a.needId,
      needStatus: a.needId ? (needs.get(a.needId)?.status ?? null) : null,
      discussion: a.discussion,
      decision: a.decision,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      actionItems: actions.filter((x) => x.agendaItemId === a.id),
    })),
    rules,
  };
}

/** The kind and compound named by the input belong to the meeting's community. */
async function assertPlaces(tx: ServiceContext, unitId: string, input: MeetingInput) {
  if (input.customKindId) await kindOfUnit(tx, input.customKindId, unitId);
  if (input.compoundId) {
    const { compounds } = await placesOfCommunity(tx.db, unitId);
    if (!compounds.some((c) => c.id === input.compoundId))
      throw new AppError('meetings.bad_compound', 400, [
        { path: 'compoundId', message: '请选择本社区的小区' },
      ]);
  }
}

const meetingValues = (input: MeetingInput) => ({
  kind: input.kind,
  customKindId: input.customKindId,
  title: input.title,
  hostName: input.hostName,
  startsAt: new Date(input.startsAt),
  endsAt: input.endsAt ? new Date(input.endsAt) : null,
  place: input.place,
  compoundId: input.compoundId,
});

export async function createMeeting(ctx: ServiceContext, input: MeetingInput): Promise<MeetingSummary> {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await actorCommunity(tx);
    await assertPlaces(tx, unit.id, input);
    const [row] = await tx.db
      .insert(meetings)
      .values({
        ...meetingValues(input),
        orgUnitId: unit.id,
        orgPath: unit.path,
        status: 'planned',
        createdBy: tx.actor.userId,
      })
      .returning({ id: meetings.id });
    return row.id;
  });
  return summaryOf(ctx, id);
}

export async function updateMeeting(
  ctx: ServiceContext,
  id: string,
  input: MeetingInput,
): Promise<MeetingSummary> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockMeeting(tx, id);
    assertMeeting('edit', row);
    await assertPlaces(tx, row.orgUnitId, input);
    await tx.db.update(meetings).set(meetingValues(input)).where(eq(meetings.id, id));
  });
  return summaryOf(ctx, id);
}

/**
 * Moves a locked meeting out of `planned`, guarded on the status in the UPDATE as well (a writer that
 * got past the lock some other way still cannot win), and audits the change.
 */
async function closeMeeting(
  tx: ServiceContext,
  row: MeetingRow,
  set: Partial<typeof meetings.$inferInsert> & { status: 'held' | 'cancelled' },
  reason?: string,
) {
  const moved = await tx.db
    .update(meetings)
    .set(set)
    .where(and(eq(meetings.id, row.id), eq(meetings.status, 'planned')))
    .returning({ id: meetings.id });
  if (moved.length === 0) throw new AppError('meetings.not_planned', 409);
  await recordAudit(tx, {
    action: set.status === 'held' ? 'meetings.held' : 'meetings.cancel',
    entity: 'meeting',
    entityId: row.id,
    reason,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
    detail: { title: row.title },
  });
}

export async function cancelMeeting(
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<MeetingSummary> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockMeeting(tx, id);
    assertMeeting('cancel', row);
    await closeMeeting(tx, row, { status: 'cancelled', cancelReason: reason }, reason);
  });
  return summaryOf(ctx, id);
}

/** 已召开: on the meeting's day or later, with the minutes and who recorded them. */
export async function markMeetingHeld(
  ctx: ServiceContext,
  id: string,
  input: { minutes: string; recorderName: string },
): Promise<MeetingSummary> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockMeeting(tx, id);
    assertMeeting('hold', row);
    assertBegun(tx, row);
    await closeMeeting(tx, row, {
      status: 'held',
      minutes: input.minutes,
      recorderName: input.recorderName,
      heldAt: tx.clock.now(),
    });
  });
  return summaryOf(ctx, id);
}

import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { MeetingKindInput, MeetingKindView, MeetingRulesView } from '../../../core/meetings/contract';
import { defaultMeetingRules } from '../../../core/meetings/rules';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { actorCommunity } from './access';
import { meetingKinds, meetingRules } from './schema';

// A community's own meeting kinds (beside the five built in) and its rules of procedure (议事规则).

const meetingCount = sql<number>`(select count(*)::int from meetings m where m.custom_kind_id = "meeting_kinds"."id")`;
const kindColumns = { id: meetingKinds.id, name: meetingKinds.name, meetingCount };

/** The kinds of the actor's community (a street sees those of its communities). */
export async function listMeetingKinds(ctx: ServiceContext): Promise<MeetingKindView[]> {
  return ctx.db
    .select(kindColumns)
    .from(meetingKinds)
    .where(inScope(ctx.actor, meetingKinds.orgPath))
    .orderBy(asc(meetingKinds.orgPath), asc(meetingKinds.name));
}

async function findKind(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(meetingKinds)
    .where(and(eq(meetingKinds.id, id), inScope(ctx.actor, meetingKinds.orgPath)))
    .for('update');
  if (!row) throw new AppError('meetingKinds.not_found', 404);
  return row;
}

/** A kind of the unit by id, or 404: what a meeting of kind `other` names. */
export async function kindOfUnit(ctx: ServiceContext, id: string, orgUnitId: string) {
  const [row] = await ctx.db
    .select({ id: meetingKinds.id, name: meetingKinds.name })
    .from(meetingKinds)
    .where(and(eq(meetingKinds.id, id), eq(meetingKinds.orgUnitId, orgUnitId)));
  if (!row) throw new AppError('meetingKinds.not_found', 404);
  return row;
}

async function assertNameFree(tx: ServiceContext, unitId: string, name: string, selfId?: string) {
  const [clash] = await tx.db
    .select({ id: meetingKinds.id })
    .from(meetingKinds)
    .where(
      and(
        eq(meetingKinds.orgUnitId, unitId),
        eq(meetingKinds.name, name),
        selfId ? ne(meetingKinds.id, selfId) : undefined,
      ),
    );
  if (clash)
    throw new AppError('meetingKinds.duplicate_name', 409, [{ path: 'name', message: '名称已存在' }]);
}

async function kindView(ctx: ServiceContext, id: string): Promise<MeetingKindView> {
  const [row] = await ctx.db.select(kindColumns).from(meetingKinds).where(eq(meetingKinds.id, id));
  return row;
}

export async function createMeetingKind(
  ctx: ServiceContext,
  input: MeetingKindInput,
): Promise<MeetingKindView> {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await actorCommunity(tx);
    // One writer per unit at a time, so two equal names cannot both pass the check.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`meeting-kinds:${unit.id}`}))`);
    await assertNameFree(tx, unit.id, input.name);
    const [row] = await tx.db
      .insert(meetingKinds)
      .values({ orgUnitId: unit.id, orgPath: unit.path, name: input.name, createdBy: tx.actor.userId })
      .returning({ id: meetingKinds.id });
    return row.id;
  });
  return kindView(ctx, id);
}

export async function renameMeetingKind(
  ctx: ServiceContext,
  id: string,
  input: MeetingKindInput,
): Promise<MeetingKindView> {
  await inTransaction(ctx, async (tx) => {
    const kind = await findKind(tx, id);
    await assertNameFree(tx, kind.orgUnitId, input.name, id);
    await tx.db.update(meetingKinds).set({ name: input.name }).where(eq(meetingKinds.id, id));
  });
  return kindView(ctx, id);
}

/** Only an unused kind goes: meetings keep naming theirs. */
export async function deleteMeetingKind(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const kind = await findKind(tx, id);
    const [{ n }] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sql`meetings`)
      .where(sql`custom_kind_id = ${id}`);
    if (n > 0) throw new AppError('meetingKinds.in_use', 409);
    await tx.db.delete(meetingKinds).where(eq(meetingKinds.id, id));
    await recordAudit(tx, {
      action: 'meetingKinds.delete',
      entity: 'meetingKind',
      entityId: id,
      orgUnit: { id: kind.orgUnitId, path: kind.orgPath },
      detail: { name: kind.name },
    });
  });
}

/** The rules of a community: its own text, or the default while it keeps none. */
export async function rulesOfUnit(ctx: ServiceContext, orgUnitId: string): Promise<MeetingRulesView> {
  const [row] = await ctx.db
    .select({ body: meetingRules.body, updatedAt: meetingRules.updatedAt })
    .from(meetingRules)
    .where(eq(meetingRules.orgUnitId, orgUnitId));
  return row
    ? { body: row.body, isDefault: false, updatedAt: row.updatedAt.toISOString() }
    : { body: defaultMeetingRules, isDefault: true, updatedAt: null };
}

/** The rules of the actor's own unit: a street keeps none and reads the default. */
export function getMeetingRules(ctx: ServiceContext): Promise<MeetingRulesView> {
  return rulesOfUnit(ctx, ctx.actor.membership.orgUnitId);
}

export async function putMeetingRules(ctx: ServiceContext, body: string): Promise<MeetingRulesView> {
  const unit = await inTransaction(ctx, async (tx) => {
    const own = await actorCommunity(tx);
    await tx.db
      .insert(meetingRules)
      .values({ orgUnitId: own.id, orgPath: own.path, body, updatedBy: tx.actor.userId })
      .onConflictDoUpdate({
        target: meetingRules.orgUnitId,
        set: { body, updatedBy: tx.actor.userId, updatedAt: tx.clock.now() },
      });
    await recordAudit(tx, { action: 'meetings.rules', entity: 'meetingRules', entityId: own.id });
    return own;
  });
  return rulesOfUnit(ctx, unit.id);
}

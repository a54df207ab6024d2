import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { z } from 'zod';
import type { ActivityInput, ActivityView, activityListQuery } from '../../../core/activities/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope, orgUnitNames } from '../org-units/service';
import { projectForWork, projectNames } from '../projects/service';
import { assertBrandsUsable } from './brands';
import { updatePublishedActivity } from './published-edit';
import { notifyRegistrants } from './registrant-notices';
import { activities, activityPhotos, activitySessions } from './schema';

type ActivityRow = typeof activities.$inferSelect;
type ListQuery = z.infer<typeof activityListQuery>;

/** One session of one activity, as the staff routes name it. */
export type SessionKey = { activityId: string; sessionId: string };

/** Activities owned by the actor's unit or below (staff), one by id or 404. */
export function findActivity(ctx: ServiceContext, id: string): Promise<ActivityRow> {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: activities,
      columns: getTableColumns(activities),
      id,
      scope: inScope(ctx.actor, activities.orgPath),
    },
    'activities.not_found',
  );
}

export async function toActivityViews(ctx: ServiceContext, rows: ActivityRow[]): Promise<ActivityView[]> {
  if (rows.length === 0) return [];
  const { db } = ctx;
  const ids = rows.map((r) => r.id);
  const [sessions, unitNames, photos, projects] = await Promise.all([
    db
      .select({
        id: activitySessions.id,
        activityId: activitySessions.activityId,
        seq: activitySessions.seq,
        startsAt: activitySessions.startsAt,
        endsAt: activitySessions.endsAt,
        guests: activitySessions.guestCount,
        attended: sql<number>`(select count(*)::int from attendances a where a.session_id = activity_sessions.id)`,
      })
      .from(activitySessions)
      .where(inArray(activitySessions.activityId, ids))
      .orderBy(asc(activitySessions.seq)),
    // Every activity shown is in the caller's scope or above it, and so is its organiser unit.
    orgUnitNames(
      ctx,
      rows.map((r) => r.orgUnitId),
    ),
    db
      .select({ activityId: activityPhotos.activityId, n: sql<number>`count(*)::int` })
      .from(activityPhotos)
      .where(inArray(activityPhotos.activityId, ids))
      .groupBy(activityPhotos.activityId),
    projectNames(
      ctx,
      rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
    ),
  ]);
  const photoCount = new Map(photos.map((p) => [p.activityId, p.n]));
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: unitNames.get(r.orgUnitId) ?? '',
    kind: r.kind,
    title: r.title,
    description: r.description,
    brands: r.brands,
    targetGroups: r.targetGroups as ActivityView['targetGroups'],
    place: r.place,
    capacity: r.capacity,
    registeredCount: r.registeredCount,
    waitlistCount: r.waitlistCount,
    registrationOpensAt: r.registrationOpensAt.toISOString(),
    registrationClosesAt: r.registrationClosesAt.toISOString(),
    cancellationDeadline: r.cancellationDeadline.toISOString(),
    priorityOpensAt: r.priorityOpensAt?.toISOString() ?? null,
    audience: r.audience,
    status: r.status,
    projectId: r.projectId,
    projectName: r.projectId ? (projects.get(r.projectId) ?? null) : null,
    sessions: sessions
      .filter((s) => s.activityId === r.id)
      .map((s) => ({
        id: s.id,
        seq: s.seq,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        attended: s.attended,
        guests: s.guests,
      })),
    photoCount: photoCount.get(r.id) ?? 0,
  }));
}

export async function listActivities(ctx: ServiceContext, query: ListQuery): Promise<ActivityView[]> {
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(
      and(
        inScope(ctx.actor, activities.orgPath),
        query.q ? ilike(activities.title, `%${query.q}%`) : undefined,
        query.status ? eq(activities.status, query.status) : undefined,
        query.kind ? eq(activities.kind, query.kind) : undefined,
        query.projectId ? eq(activities.projectId, query.projectId) : undefined,
        query.brand ? sql`${activities.brands} @> array[${query.brand}]::text[]` : undefined,
        query.from || query.to ? sessionBetween(query.from, query.to) : undefined,
      ),
    )
    // By date, the latest first: when it happens, not when it was typed in.
    .orderBy(
      sql`(select min(s.starts_at) from activity_sessions s where s.activity_id = ${activities.id}) desc nulls last`,
      desc(activities.createdAt),
    )
    .limit(200);
  return toActivityViews(ctx, rows);
}

function sessionBetween(from?: string, to?: string) {
  return sql`exists (select 1 from activity_sessions s where s.activity_id = ${activities.id}
    ${from ? sql`and s.starts_at >= (${from}::date)::timestamp at time zone 'Asia/Shanghai'` : sql``}
    ${to ? sql`and s.starts_at < (${to}::date + 1)::timestamp at time zone 'Asia/Shanghai'` : sql``})`;
}

export async function getActivity(ctx: ServiceContext, id: string): Promise<ActivityView> {
  const [view] = await toActivityViews(ctx, [await findActivity(ctx, id)]);
  return view;
}

function activityValues(input: ActivityInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    brands: input.brands,
    targetGroups: input.targetGroups,
    place: input.place,
    capacity: input.capacity,
    registrationOpensAt: new Date(input.registrationOpensAt),
    registrationClosesAt: new Date(input.registrationClosesAt),
    cancellationDeadline: new Date(input.cancellationDeadline),
    priorityOpensAt: input.priorityOpensAt ? new Date(input.priorityOpensAt) : null,
    audience: input.audience,
  };
}

async function writeSessions(tx: Db, activityId: string, orgPath: string, input: ActivityInput) {
  await tx.delete(activitySessions).where(eq(activitySessions.activityId, activityId));
  await tx.insert(activitySessions).values(
    input.sessions.map((s, i) => ({
      activityId,
      orgPath,
      seq: i + 1,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
    })),
  );
}

export async function createActivity(ctx: ServiceContext, input: ActivityInput): Promise<ActivityView> {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await getOrgUnitInScope(tx, input.orgUnitId ?? tx.actor.membership.orgUnitId);
    const projectId = await projectForWork(tx, input.projectId, { unitPath: unit.path });
    await assertBrandsUsable(tx.db, { unitPath: unit.path, names: input.brands });
    const [row] = await tx.db
      .insert(activities)
      .values({
        ...activityValues(input),
        projectId,
        orgUnitId: unit.id,
        orgPath: unit.path,
        createdBy: tx.actor.name,
      })
      .returning({ id: activities.id });
    await writeSessions(tx.db, row.id, unit.path, input);
    await recordAudit(tx, {
      action: 'activities.create',
      entity: 'activity',
      entityId: row.id,
      orgUnit: unit,
      detail: { title: input.title },
    });
    return row.id;
  });
  return getActivity(ctx, id);
}

/**
 * A draft changes freely; a published activity only where its registrations stay intact
 * (published-edit.ts). Each update checks the status again against a concurrent status change.
 */
export async function updateActivity(
  ctx: ServiceContext,
  id: string,
  input: ActivityInput,
): Promise<ActivityView> {
  const notEditable = () => new AppError('activities.not_editable', 409);
  await inTransaction(ctx, async (tx) => {
    const current = await findActivity(tx, id);
    if (current.status !== 'draft' && current.status !== 'published') throw notEditable();
    const unitPath = current.orgPath;
    const projectId = await projectForWork(tx, input.projectId, {
      unitPath,
      currentProjectId: current.projectId,
    });
    await assertBrandsUsable(tx.db, { unitPath, names: input.brands, kept: current.brands });
    if (current.status === 'published') {
      const { timesMoved } = await updatePublishedActivity(tx, current, input, projectId);
      await recordAudit(tx, {
        action: 'activities.update',
        entity: 'activity',
        entityId: id,
        orgUnit: { id: current.orgUnitId, path: current.orgPath },
        detail: { published: true, timesMoved },
      });
      return;
    }
    const [updated] = await tx.db
      .update(activities)
      .set({ ...activityValues(input), projectId })
      .where(and(eq(activities.id, id), eq(activities.status, 'draft')))
      .returning({ id: activities.id });
    if (!updated) throw notEditable();
    await writeSessions(tx.db, id, unitPath, input);
    await recordAudit(tx, {
      action: 'activities.update',
      entity: 'activity',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
    });
  });
  return getActivity(ctx, id);
}

const transitions = {
  publish: { from: ['draft'], to: 'published' },
  finish: { from: ['published'], to: 'finished' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
} as const;

/**
 * Draft → published → finished, or cancelled; cancelling tells every registrant. The update itself
 * checks the status it leaves, so of two concurrent changes only one succeeds.
 */
export async function changeActivityStatus(
  ctx: ServiceContext,
  id: string,
  action: keyof typeof transitions,
): Promise<ActivityView> {
  const { from, to } = transitions[action];
  await inTransaction(ctx, async (tx) => {
    await findActivity(tx, id);
    const [changed] = await tx.db
      .update(activities)
      .set({ status: to })
      .where(and(eq(activities.id, id), inArray(activities.status, [...from])))
      .returning();
    if (!changed) throw new AppError('activities.bad_transition', 409);
    if (action === 'cancel')
      await notifyRegistrants(tx, changed.id, {
        title: '活动已取消',
        body: `您报名的“${changed.title}”已取消，给您带来不便，敬请谅解。`,
      });
    await recordAudit(tx, {
      action: `activities.${action}`,
      entity: 'activity',
      entityId: id,
      orgUnit: { id: changed.orgUnitId, path: changed.orgPath },
    });
  });
  return getActivity(ctx, id);
}

export async function sessionOf(ctx: ServiceContext, { activityId, sessionId }: SessionKey) {
  const activity = await findActivity(ctx, activityId);
  const [session] = await ctx.db
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.activityId, activityId)));
  if (!session) throw new AppError('activities.session_not_found', 404);
  return { activity, session };
}

/** The ids of a project's activities as a subquery, for another module's `activity_id in (…)` filter. */
export const activityIdsOfProject = (projectId: string): SQL =>
  sql`select ${activities.id} from ${activities} where ${activities.projectId} = ${projectId}`;

/** The project of the activity `activityIdColumn` points to, for another module's select list. */
export const projectIdOfActivity = (activityIdColumn: AnyColumn | SQL): SQL<string | null> =>
  sql<
    string | null
  >`(${sql`select ${activities.projectId} from ${activities} where ${activities.id} = ${activityIdColumn}`})`;

/** Title and status of the activity `activityIdColumn` points to, for another module's select list. */
export const activityTitleOf = (activityIdColumn: AnyColumn | SQL): SQL<string> =>
  sql<string>`(${sql`select ${activities.title} from ${activities} where ${activities.id} = ${activityIdColumn}`})`;
export const activityStatusOf = (activityIdColumn: AnyColumn | SQL): SQL<ActivityRow['status']> =>
  sql<
    ActivityRow['status']
  >`(${sql`select ${activities.status} from ${activities} where ${activities.id} = ${activityIdColumn}`})`;

/** A unit's activities with their first session, for another module's demo loader (no actor: the demo world). */
export function activitiesForDemo(db: Db, orgUnitId: string) {
  return db
    .select({
      id: activities.id,
      title: activities.title,
      place: activities.place,
      status: activities.status,
      startsAt: activitySessions.startsAt,
      endsAt: activitySessions.endsAt,
    })
    .from(activities)
    .innerJoin(
      activitySessions,
      and(eq(activitySessions.activityId, activities.id), eq(activitySessions.seq, 1)),
    )
    .where(eq(activities.orgUnitId, orgUnitId))
    .orderBy(asc(activitySessions.startsAt));
}

// What activities contribute to reporting: the figures of the sessions held, the sessions a resident attended.
export { sessionsAttendedBy } from './attended-sessions';
export { type ActivityFigureSet, activityFigureSet, type HeldFilter } from './figures';

import { and, asc, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActivityInput, ActivityView, activityListQuery } from '../../../core/activities/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { orgUnits } from '../org-units/schema';
import { getOrgUnitInScope } from '../org-units/service';
import { projectForWork, projectNames } from '../projects/service';
import { assertBrandsUsable } from './brands';
import { activities, activityPhotos, activitySessions, notifications, registrations } from './schema';

type ActivityRow = typeof activities.$inferSelect;
type ListQuery = z.infer<typeof activityListQuery>;

/** Activities owned by the actor's unit or below (staff), one by id or 404. */
export async function findActivity(db: Db, actor: Actor, id: string): Promise<ActivityRow> {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), inScope(actor, activities.orgPath)));
  if (!row) throw new AppError('activities.not_found', 404);
  return row;
}

export async function toActivityViews(db: Db, rows: ActivityRow[]): Promise<ActivityView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [sessions, units, waiting, photos, projects] = await Promise.all([
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
    db
      .select({ id: orgUnits.id, name: orgUnits.name })
      .from(orgUnits)
      .where(inArray(orgUnits.id, [...new Set(rows.map((r) => r.orgUnitId))])),
    db
      .select({ activityId: registrations.activityId, n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(and(inArray(registrations.activityId, ids), eq(registrations.status, 'waitlisted')))
      .groupBy(registrations.activityId),
    db
      .select({ activityId: activityPhotos.activityId, n: sql<number>`count(*)::int` })
      .from(activityPhotos)
      .where(inArray(activityPhotos.activityId, ids))
      .groupBy(activityPhotos.activityId),
    projectNames(
      db,
      rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
    ),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const waitlist = new Map(waiting.map((w) => [w.activityId, w.n]));
  const photoCount = new Map(photos.map((p) => [p.activityId, p.n]));
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.orgUnitId,
    orgUnitName: unitName.get(r.orgUnitId) ?? '',
    kind: r.kind,
    title: r.title,
    description: r.description,
    brands: r.brands,
    targetGroups: r.targetGroups as ActivityView['targetGroups'],
    place: r.place,
    capacity: r.capacity,
    registeredCount: r.registeredCount,
    waitlistCount: waitlist.get(r.id) ?? 0,
    registrationOpensAt: r.registrationOpensAt.toISOString(),
    registrationClosesAt: r.registrationClosesAt.toISOString(),
    cancellationDeadline: r.cancellationDeadline.toISOString(),
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

export async function listActivities(db: Db, actor: Actor, query: ListQuery): Promise<ActivityView[]> {
  const rows = await db
    .select()
    .from(activities)
    .where(
      and(
        inScope(actor, activities.orgPath),
        query.q ? ilike(activities.title, `%${query.q}%`) : undefined,
        query.status ? eq(activities.status, query.status) : undefined,
        query.kind ? eq(activities.kind, query.kind) : undefined,
        query.projectId ? eq(activities.projectId, query.projectId) : undefined,
        query.brand ? sql`${activities.brands} @> array[${query.brand}]::text[]` : undefined,
        query.from || query.to ? sessionBetween(query.from, query.to) : undefined,
      ),
    )
    .orderBy(desc(activities.createdAt))
    .limit(200);
  return toActivityViews(db, rows);
}

function sessionBetween(from?: string, to?: string) {
  return sql`exists (select 1 from activity_sessions s where s.activity_id = ${activities.id}
    ${from ? sql`and s.starts_at >= (${from}::date)::timestamp at time zone 'Asia/Shanghai'` : sql``}
    ${to ? sql`and s.starts_at < (${to}::date + 1)::timestamp at time zone 'Asia/Shanghai'` : sql``})`;
}

export async function getActivity(db: Db, actor: Actor, id: string): Promise<ActivityView> {
  const [view] = await toActivityViews(db, [await findActivity(db, actor, id)]);
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

export async function createActivity(db: Db, actor: Actor, input: ActivityInput): Promise<ActivityView> {
  const unit = await getOrgUnitInScope(db, actor, input.orgUnitId ?? actor.membership.orgUnitId);
  const projectId = await projectForWork(db, actor, input.projectId, unit.path);
  await assertBrandsUsable(db, unit.path, input.brands);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activities)
      .values({
        ...activityValues(input),
        projectId,
        orgUnitId: unit.id,
        orgPath: unit.path,
        createdBy: actor.name,
      })
      .returning({ id: activities.id });
    await writeSessions(tx, row.id, unit.path, input);
    await recordAudit(tx, actor, {
      action: 'activities.create',
      entity: 'activity',
      entityId: row.id,
      orgUnit: unit,
      detail: { title: input.title },
    });
    return row.id;
  });
  return getActivity(db, actor, id);
}

export async function updateActivity(
  db: Db,
  actor: Actor,
  id: string,
  input: ActivityInput,
): Promise<ActivityView> {
  const current = await findActivity(db, actor, id);
  if (current.status !== 'draft') throw new AppError('activities.not_editable', 409);
  const projectId = await projectForWork(db, actor, input.projectId, current.orgPath, current.projectId);
  await assertBrandsUsable(db, current.orgPath, input.brands, current.brands);
  await db.transaction(async (tx) => {
    await tx
      .update(activities)
      .set({ ...activityValues(input), projectId })
      .where(eq(activities.id, id));
    await writeSessions(tx, id, current.orgPath, input);
    await recordAudit(tx, actor, {
      action: 'activities.update',
      entity: 'activity',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
    });
  });
  return getActivity(db, actor, id);
}

const transitions = {
  publish: { from: ['draft'], to: 'published' },
  finish: { from: ['published'], to: 'finished' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
} as const;

/** Draft → published → finished, or cancelled; cancelling tells every registrant. */
export async function changeActivityStatus(
  db: Db,
  actor: Actor,
  id: string,
  action: keyof typeof transitions,
): Promise<ActivityView> {
  const current = await findActivity(db, actor, id);
  const { from, to } = transitions[action];
  if (!(from as readonly string[]).includes(current.status))
    throw new AppError('activities.bad_transition', 409);
  await db.transaction(async (tx) => {
    await tx.update(activities).set({ status: to }).where(eq(activities.id, id));
    if (action === 'cancel') await notifyRegistrants(tx, current);
    await recordAudit(tx, actor, {
      action: `activities.${action}`,
      entity: 'activity',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
    });
  });
  return getActivity(db, actor, id);
}

async function notifyRegistrants(tx: Db, activity: ActivityRow) {
  const live = await tx
    .select({ residentId: registrations.residentId })
    .from(registrations)
    .where(
      and(
        eq(registrations.activityId, activity.id),
        inArray(registrations.status, ['registered', 'waitlisted']),
      ),
    );
  if (live.length === 0) return;
  await tx.insert(notifications).values(
    live.map((r) => ({
      residentId: r.residentId,
      title: '活动已取消',
      body: `您报名的“${activity.title}”已取消，给您带来不便，敬请谅解。`,
    })),
  );
}

export async function sessionOf(db: Db, actor: Actor, activityId: string, sessionId: string) {
  const activity = await findActivity(db, actor, activityId);
  const [session] = await db
    .select()
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.activityId, activityId)));
  if (!session) throw new AppError('activities.session_not_found', 404);
  return { activity, session };
}

import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import type {
  GuardianConsentInput,
  OwnVolunteerView,
  VolunteerDetail,
  VolunteerSummary,
  VolunteerUpdateInput,
  volunteerListQuery,
} from '../../../core/volunteers/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inSelection } from '../../http/selection';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope } from '../org-units/service';
import { volunteers, volunteerTeamMembers, volunteerTeams } from './schema';

type ListFilters = z.infer<typeof volunteerListQuery>;
type ListQuery = ListFilters & PageQuery;
type VolunteerRow = typeof volunteers.$inferSelect;

/**
 * Approved service minutes of the volunteer over every unit that recorded them: the volunteer's own
 * total (star levels count all of it), not a view into another unit's records.
 */
export const approvedMinutesOf = sql<number>`(select coalesce(sum(sr.minutes), 0)::int from service_records sr
  where sr.volunteer_id = "volunteers"."id" and sr.status = 'approved')`;

const summaryColumns = {
  id: volunteers.id,
  orgUnitId: volunteers.orgUnitId,
  volunteerNo: volunteers.volunteerNo,
  name: volunteers.name,
  idType: volunteers.idType,
  idTail: volunteers.idTail,
  mobileTail: volunteers.mobileTail,
  birthDate: volunteers.birthDate,
  residentId: volunteers.residentId,
  affiliation: volunteers.affiliation,
  affiliationName: volunteers.affiliationName,
  dualRegistered: volunteers.dualRegistered,
  role: volunteers.role,
  skills: volunteers.skills,
  availability: volunteers.availability,
  status: volunteers.status,
  source: volunteers.source,
  priority: volunteers.priority,
  approvedMinutes: approvedMinutesOf,
  createdAt: volunteers.createdAt,
};
type SummaryRow = {
  [K in keyof typeof summaryColumns]: K extends 'approvedMinutes'
    ? number
    : VolunteerRow[K & keyof VolunteerRow];
};

// Lists show only the tails the table keeps: the whole numbers need the reveal permission.
const maskedId = (idType: VolunteerRow['idType'], tail: string) =>
  `${'*'.repeat(idType === 'residentId' ? 14 : 4)}${tail}`;

function toSummary(row: SummaryRow, today: string): VolunteerSummary {
  const { idTail, mobileTail, birthDate, ...rest } = row;
  const age = ageOn(birthDate, today);
  const minor = age < 18;
  return {
    ...rest,
    // A minor's name stays masked in lists (个人信息保护法); the detail view is audited instead.
    name: minor ? maskName(row.name) : row.name,
    idNumberMasked: maskedId(row.idType, idTail),
    mobileMasked: mobileTail ? `*******${mobileTail}` : null,
    age,
    minor,
    createdAt: row.createdAt.toISOString(),
  };
}

function listWhere(ctx: ServiceContext, query: ListFilters): SQL | undefined {
  const q = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    inScope(ctx.actor, volunteers.orgPath),
    query.status ? eq(volunteers.status, query.status) : undefined,
    query.role ? eq(volunteers.role, query.role) : undefined,
    query.affiliation ? eq(volunteers.affiliation, query.affiliation) : undefined,
    query.teamId
      ? sql`exists (select 1 from volunteer_team_members m where m.volunteer_id = "volunteers"."id" and m.team_id = ${query.teamId})`
      : undefined,
    q ? or(ilike(volunteers.name, `%${q}%`), ilike(volunteers.volunteerNo, `%${q}%`)) : undefined,
  );
}

export async function listVolunteers(ctx: ServiceContext, query: ListQuery) {
  const where = listWhere(ctx, query);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(summaryColumns)
      .from(volunteers)
      .where(where)
      .orderBy(asc(volunteers.volunteerNo))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(volunteers).where(where),
  ]);
  const today = ctx.clock.today();
  return { items: rows.map((r) => toSummary(r, today)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The filtered registry, or only the volunteers ticked on the list (`ids` replace the filters: a
 * selection spans pages and filters), those in scope, masked as the list is, for a sheet (no paging).
 */
export async function volunteerRowsForExport(
  ctx: ServiceContext,
  query: ListFilters,
  ids?: readonly string[],
): Promise<VolunteerSummary[]> {
  const where = ids
    ? and(inScope(ctx.actor, volunteers.orgPath), inSelection(volunteers.id, ids))
    : listWhere(ctx, query);
  const rows = await ctx.db
    .select(summaryColumns)
    .from(volunteers)
    .where(where)
    .orderBy(asc(volunteers.volunteerNo))
    .limit(5000);
  const today = ctx.clock.today();
  return rows.map((r) => toSummary(r, today));
}

/**
 * The actor's own community: volunteers, teams and trainings are kept by communities, and staff act
 * there (a street sees them all but keeps none of its own).
 */
export async function actorCommunity(ctx: ServiceContext): Promise<{ id: string; path: string }> {
  const unit = await getOrgUnitInScope(ctx, ctx.actor.membership.orgUnitId);
  if (unit.kind !== 'community') throw new AppError('volunteers.not_a_community', 400);
  return unit;
}

/** One volunteer in the actor's scope, whole row, or 404 (out of scope reads as missing). */
export function findVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerRow> {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: volunteers,
      columns: getTableColumns(volunteers),
      id,
      scope: inScope(ctx.actor, volunteers.orgPath),
    },
    'volunteers.not_found',
  );
}

/** The same, locked until the transaction ends, for a status change that must see the current status. */
export async function lockVolunteer(tx: ServiceContext, id: string): Promise<VolunteerRow> {
  const [row] = await tx.db
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.id, id), inScope(tx.actor, volunteers.orgPath)))
    .for('update');
  if (!row) throw new AppError('volunteers.not_found', 404);
  return row;
}

/** The teams a volunteer belongs to, with the leader flag. */
export function teamsOf(db: Db, volunteerId: string) {
  return db
    .select({ id: volunteerTeams.id, name: volunteerTeams.name, isLeader: volunteerTeamMembers.isLeader })
    .from(volunteerTeamMembers)
    .innerJoin(volunteerTeams, eq(volunteerTeams.id, volunteerTeamMembers.teamId))
    .where(eq(volunteerTeamMembers.volunteerId, volunteerId))
    .orderBy(asc(volunteerTeams.name));
}

export async function getVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerDetail> {
  const row = await findVolunteer(ctx, id);
  const [[summary], teams] = await Promise.all([
    ctx.db.select(summaryColumns).from(volunteers).where(eq(volunteers.id, id)),
    teamsOf(ctx.db, id),
  ]);
  const today = ctx.clock.today();
  const view = toSummary(summary, today);
  // A minor's record is sensitive: every whole view of it is on the record, as for residents.
  if (view.minor) {
    await recordAudit(ctx, {
      action: 'volunteers.view_minor',
      entity: 'volunteer',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  }
  return {
    ...view,
    name: row.name,
    birthDate: row.birthDate,
    rejectReason: row.rejectReason,
    guardianConsentAt: row.guardianConsentAt?.toISOString() ?? null,
    screenedAt: row.screenedAt?.toISOString() ?? null,
    hasAccount: row.userId !== null,
    teams,
  };
}

/** The whole ID number, mobile and guardian consent. Always audited with the reason given. */
export async function revealVolunteer(ctx: ServiceContext, id: string, reason: string) {
  const row = await findVolunteer(ctx, id);
  await recordAudit(ctx, {
    action: 'volunteers.reveal',
    entity: 'volunteer',
    entityId: id,
    reason,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
  });
  const { crypto } = ctx;
  return {
    name: row.name,
    idType: row.idType,
    idNumber: crypto.decrypt(row.idNumberEnc),
    mobile: row.mobileEnc ? crypto.decrypt(row.mobileEnc) : null,
    guardianConsent: row.guardianConsentEnc
      ? (JSON.parse(crypto.decrypt(row.guardianConsentEnc)) as GuardianConsentInput)
      : null,
  };
}

export async function updateVolunteer(
  ctx: ServiceContext,
  id: string,
  input: VolunteerUpdateInput,
): Promise<VolunteerDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await findVolunteer(tx, id);
    // An empty edit changes nothing and leaves no audit entry.
    if (Object.keys(input).length === 0) return;
    await tx.db.update(volunteers).set(input).where(eq(volunteers.id, id));
    await recordAudit(tx, {
      action: 'volunteers.update',
      entity: 'volunteer',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { changed: Object.keys(input) },
    });
  });
  return getVolunteer(ctx, id);
}

/** 离队 (an active volunteer leaves) or coming back (one who left); the reason goes on the record. */
export async function setVolunteerStatus(
  ctx: ServiceContext,
  id: string,
  input: { status: 'active' | 'left'; reason: string },
): Promise<VolunteerDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockVolunteer(tx, id);
    const from = input.status === 'left' ? 'active' : 'left';
    if (row.status !== from) throw new AppError('volunteers.bad_status_change', 409);
    await tx.db.update(volunteers).set({ status: input.status }).where(eq(volunteers.id, id));
    await recordAudit(tx, {
      action: 'volunteers.status',
      entity: 'volunteer',
      entityId: id,
      reason: input.reason,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { from: row.status, to: input.status },
    });
  });
  return getVolunteer(ctx, id);
}

/** The signed-in user's own latest record, a rejected application included (with its reason), or 404. */
export async function ownVolunteer(ctx: ServiceContext): Promise<OwnVolunteerView> {
  const [row] = await ctx.db
    .select({ ...summaryColumns, rejectReason: volunteers.rejectReason })
    .from(volunteers)
    .where(eq(volunteers.userId, ctx.actor.userId))
    .orderBy(desc(volunteers.createdAt))
    .limit(1);
  if (!row) throw new AppError('volunteers.not_registered', 404);
  return {
    id: row.id,
    volunteerNo: row.volunteerNo,
    name: row.name,
    status: row.status,
    rejectReason: row.rejectReason,
    role: row.role,
    affiliation: row.affiliation,
    affiliationName: row.affiliationName,
    skills: row.skills,
    availability: row.availability,
    approvedMinutes: row.approvedMinutes,
    teams: await teamsOf(ctx.db, row.id),
  };
}

/**
 * Active volunteers of one community by id, for teams, trainings and commendations, which only take
 * the community's own volunteers. An id out of the caller's scope reads as missing (404), as anywhere;
 * one in scope but of another community, or not active, is refused (400). Nothing is written before.
 */
export async function activeVolunteersOfUnit(ctx: ServiceContext, unitId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: volunteers.id,
      name: volunteers.name,
      volunteerNo: volunteers.volunteerNo,
      role: volunteers.role,
      orgUnitId: volunteers.orgUnitId,
      orgPath: volunteers.orgPath,
      status: volunteers.status,
    })
    .from(volunteers)
    .where(and(inArray(volunteers.id, unique), inScope(ctx.actor, volunteers.orgPath)));
  if (rows.length !== unique.length) throw new AppError('volunteers.not_found', 404);
  if (rows.some((r) => r.orgUnitId !== unitId || r.status !== 'active'))
    throw new AppError('volunteers.not_in_unit', 400);
  return rows;
}

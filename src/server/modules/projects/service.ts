import { and, asc, count, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type {
  ProjectCreateInput,
  ProjectListQuery,
  ProjectUpdateInput,
  ProjectView,
} from '../../../core/projects/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope, inScopeOrAbove, pathWithin, underPath } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope, orgUnitNames } from '../org-units/service';
import { getVisibleProvider, providerNames } from '../providers/service';
import { projectErrors } from './errors';
import { projects } from './schema';

type ProjectRow = typeof projects.$inferSelect;
/** What other modules learn of a project: enough to check that a record may point to it. */
export type ProjectRef = Pick<ProjectRow, 'id' | 'name' | 'orgUnitId' | 'orgPath' | 'status'>;

/**
 * Who sees a project: the purchaser's people and those above them (plain scope), and the contractor's
 * social workers anywhere on the purchaser's line — at the purchaser, below it (a community's worker on
 * a street's project) or above it (a station worker on a community's project). Never a sibling unit,
 * and never another provider's social workers: they deliver nothing under it.
 */
function visibleTo(actor: Actor): SQL {
  const { role, providerId } = actor.membership;
  if (role !== 'socialWorker') return inScope(actor, projects.orgPath);
  if (!providerId) return sql`false`;
  return and(eq(projects.providerId, providerId), inScopeOrAbove(actor, projects.orgPath)) as SQL;
}

/** Projects bought by the unit at `path` or by a unit above it: those its activities may belong to. */
function coveringPath(path: string): SQL {
  return or(eq(projects.orgPath, path), sql`${path} like ${projects.orgPath} || '.%'`) as SQL;
}

const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(yuan * 100);

async function toViews(db: Db, rows: ProjectRow[]): Promise<ProjectView[]> {
  const [units, contractors] = await Promise.all([
    orgUnitNames(
      db,
      rows.map((r) => r.orgUnitId),
    ),
    providerNames(
      db,
      rows.map((r) => r.providerId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    purchaserId: r.orgUnitId,
    purchaserName: units.get(r.orgUnitId) ?? '',
    providerId: r.providerId,
    providerName: contractors.get(r.providerId) ?? '',
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    projectYear: r.projectYear,
    scope: r.scope,
    status: r.status,
    budgetYuan: toYuan(r.budgetFen),
  }));
}

export async function listProjects(db: Db, actor: Actor, query: ProjectListQuery & PageQuery) {
  const [unit, forUnit] = await Promise.all([
    query.orgUnitId ? getOrgUnitInScope(db, actor, query.orgUnitId) : null,
    query.forUnitId ? getOrgUnitInScope(db, actor, query.forUnitId) : null,
  ]);
  const filters = and(
    visibleTo(actor),
    query.q ? ilike(projects.name, `%${query.q}%`) : undefined,
    query.status ? eq(projects.status, query.status) : undefined,
    unit ? underPath(projects.orgPath, unit.path) : undefined,
    forUnit ? coveringPath(forUnit.path) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(filters)
      .orderBy(asc(projects.status), desc(projects.periodStart), asc(projects.name))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(projects).where(filters),
  ]);
  return { items: await toViews(db, rows), total, page: query.page, pageSize: query.pageSize };
}

async function findProject(db: Db, where: SQL): Promise<ProjectRow> {
  const [row] = await db.select().from(projects).where(where);
  if (!row) throw new AppError('projects.not_found', 404);
  return row;
}

export async function getProject(db: Db, actor: Actor, id: string): Promise<ProjectView> {
  const [view] = await toViews(db, [
    await findProject(db, and(eq(projects.id, id), visibleTo(actor)) as SQL),
  ]);
  return view;
}

/** A project the actor can see, or 404 — the way other modules resolve a project id. */
export async function getVisibleProject(db: Db, actor: Actor, id: string): Promise<ProjectRef> {
  const { name, orgUnitId, orgPath, status } = await findProject(
    db,
    and(eq(projects.id, id), visibleTo(actor)) as SQL,
  );
  return { id, name, orgUnitId, orgPath, status };
}

const linkRefusal = (code: keyof typeof projectErrors) =>
  new AppError(code, 400, [{ path: 'projectId', message: projectErrors[code].zh }]);

/**
 * The one rule for naming the project a piece of work (an activity, a case, a visit plan, a visit) is
 * done under, for work of the unit at `unitPath`: a project the actor sees, bought by that unit or a
 * unit above it (a project never counts another community's work), and still running — unless the
 * work already belonged to it (`currentProjectId`) before the project ended, so history stays put.
 */
export async function projectForWork(
  db: Db,
  actor: Actor,
  projectId: string | null | undefined,
  unitPath: string,
  currentProjectId: string | null = null,
): Promise<string | null> {
  if (!projectId) return null;
  const project = await getVisibleProject(db, actor, projectId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'projects.not_found'
      ? linkRefusal('projects.link_not_found')
      : error;
  });
  if (!pathWithin(unitPath, project.orgPath)) throw linkRefusal('projects.link_outside_unit');
  if (project.status === 'ended' && project.id !== currentProjectId) throw linkRefusal('projects.link_ended');
  return project.id;
}

/** Names of projects already known to the caller (ids taken from rows in scope), for labels. */
export async function projectNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(inArray(projects.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const unknownProvider = () =>
  new AppError('projects.unknown_provider', 400, [{ path: 'providerId', message: '请选择已登记的社工机构' }]);

/** The contractor: a provider the actor sees, registered on the purchaser's line (not for a sibling). */
async function contractorFor(db: Db, actor: Actor, providerId: string, purchaserPath: string) {
  const provider = await getVisibleProvider(db, actor, providerId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'providers.not_found' ? unknownProvider() : error;
  });
  if (!pathWithin(purchaserPath, provider.orgPath) && !pathWithin(provider.orgPath, purchaserPath))
    throw unknownProvider();
  return provider;
}

async function assertNameFree(tx: Db, orgUnitId: string, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.orgUnitId, orgUnitId),
        eq(projects.name, name),
        exceptId ? ne(projects.id, exceptId) : undefined,
      ),
    );
  if (clash)
    throw new AppError('projects.duplicate_name', 409, [
      { path: 'name', message: '该购买主体下已有同名项目' },
    ]);
}

function projectValues(input: ProjectUpdateInput) {
  return {
    name: input.name,
    providerId: input.providerId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    projectYear: input.projectYear,
    scope: input.scope,
    budgetFen: toFen(input.budgetYuan),
  };
}

const pick = <T, K extends keyof T>(row: T, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

export async function createProject(db: Db, actor: Actor, input: ProjectCreateInput): Promise<ProjectView> {
  const purchaser = await getOrgUnitInScope(db, actor, input.purchaserId ?? actor.membership.orgUnitId);
  if (purchaser.kind === 'district')
    throw new AppError('projects.purchaser_kind', 400, [
      { path: 'purchaserId', message: '购买主体应为街道或社区' },
    ]);
  await contractorFor(db, actor, input.providerId, purchaser.path);
  const id = await db.transaction(async (tx) => {
    await assertNameFree(tx, purchaser.id, input.name);
    const [row] = await tx
      .insert(projects)
      .values({
        ...projectValues(input),
        status: input.status ?? 'active',
        orgUnitId: purchaser.id,
        orgPath: purchaser.path,
        createdBy: actor.name,
      })
      .returning({ id: projects.id });
    await recordAudit(tx, actor, {
      action: 'projects.create',
      entity: 'project',
      entityId: row.id,
      orgUnit: purchaser,
      detail: { name: input.name },
    });
    return row.id;
  });
  return getProject(db, actor, id);
}

/** Changed by the purchaser's people or those above; the contractor's workers only read. */
export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  input: ProjectUpdateInput,
): Promise<ProjectView> {
  const current = await findProject(db, and(eq(projects.id, id), inScope(actor, projects.orgPath)) as SQL);
  if (input.providerId !== current.providerId)
    await contractorFor(db, actor, input.providerId, current.orgPath);
  const values = { ...projectValues(input), status: input.status ?? current.status };
  await db.transaction(async (tx) => {
    await assertNameFree(tx, current.orgUnitId, input.name, id);
    await tx.update(projects).set(values).where(eq(projects.id, id));
    await recordAudit(tx, actor, {
      action: 'projects.update',
      entity: 'project',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
      detail: { before: pick(current, Object.keys(values) as (keyof typeof values)[]), after: values },
    });
  });
  return getProject(db, actor, id);
}

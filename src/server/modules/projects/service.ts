import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  ne,
  type SQL,
  sql,
} from 'drizzle-orm';
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
import {
  atOrAbovePath,
  findInScopeOrThrow,
  inScope,
  inScopeOrAbove,
  pathWithin,
  underPath,
} from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
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

const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(yuan * 100);

async function toViews(ctx: ServiceContext, rows: ProjectRow[]): Promise<ProjectView[]> {
  const [units, contractors] = await Promise.all([
    orgUnitNames(
      ctx,
      rows.map((r) => r.orgUnitId),
    ),
    providerNames(
      ctx,
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

export async function listProjects(ctx: ServiceContext, query: ProjectListQuery & PageQuery) {
  const [unit, forUnit] = await Promise.all([
    query.orgUnitId ? getOrgUnitInScope(ctx, query.orgUnitId) : null,
    query.forUnitId ? getOrgUnitInScope(ctx, query.forUnitId) : null,
  ]);
  const filters = and(
    visibleTo(ctx.actor),
    query.q ? ilike(projects.name, `%${query.q}%`) : undefined,
    query.status ? eq(projects.status, query.status) : undefined,
    unit ? underPath(projects.orgPath, unit.path) : undefined,
    // Projects bought by the unit or a unit above it: those its work may belong to.
    forUnit ? atOrAbovePath(projects.orgPath, forUnit.path) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(projects)
      .where(filters)
      .orderBy(asc(projects.status), desc(projects.periodStart), asc(projects.name))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(projects).where(filters),
  ]);
  return { items: await toViews(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The project `id` when `scope` lets the caller see it, or 404 as for one that does not exist. */
function findProject(db: Db, id: string, scope: SQL): Promise<ProjectRow> {
  return findInScopeOrThrow(
    db,
    { table: projects, columns: getTableColumns(projects), id, scope },
    'projects.not_found',
  );
}

export async function getProject(ctx: ServiceContext, id: string): Promise<ProjectView> {
  const [view] = await toViews(ctx, [await findProject(ctx.db, id, visibleTo(ctx.actor))]);
  return view;
}

/** A project the actor can see, or 404 — the way other modules resolve a project id. */
export async function getVisibleProject(ctx: ServiceContext, id: string): Promise<ProjectRef> {
  const { name, orgUnitId, orgPath, status } = await findProject(ctx.db, id, visibleTo(ctx.actor));
  return { id, name, orgUnitId, orgPath, status };
}

const linkRefusal = (code: keyof typeof projectErrors) =>
  new AppError(code, 400, [{ path: 'projectId', message: projectErrors[code].zh }]);

/** The work a project is named for: its unit, and the project it belongs to so far (when saved before). */
export type WorkForProject = { unitPath: string; currentProjectId?: string | null };

/**
 * The one rule for naming the project a piece of work (an activity, a case, a visit plan, a visit) is
 * done under, for work of the unit at `unitPath`: a project the actor sees, bought by that unit or a
 * unit above it (a project never counts another community's work), and still running — unless the
 * work already belonged to it (`currentProjectId`) before the project ended, so history stays put.
 * It guards a write: call it with the writer's transaction.
 */
export async function projectForWork(
  ctx: ServiceContext,
  projectId: string | null | undefined,
  { unitPath, currentProjectId = null }: WorkForProject,
): Promise<string | null> {
  if (!projectId) return null;
  const project = await getVisibleProject(ctx, projectId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'projects.not_found'
      ? linkRefusal('projects.link_not_found')
      : error;
  });
  if (!pathWithin(unitPath, project.orgPath)) throw linkRefusal('projects.link_outside_unit');
  if (project.status === 'ended' && project.id !== currentProjectId) throw linkRefusal('projects.link_ended');
  return project.id;
}

/**
 * Names of projects, for the labels of rows in the caller's scope. Only projects on the caller's line
 * answer: work in scope belongs to a project bought by its unit or a unit above (`projectForWork`), so
 * by a unit below the caller or above it; a sibling unit's projects never do.
 */
export async function projectNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(and(inArray(projects.id, [...new Set(ids)]), inScopeOrAbove(ctx.actor, projects.orgPath)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The name of the project `projectIdColumn` (a column of another module's rows) points to, as a scalar
 * sub-select for that module's queries: its lists show the project without joining this module's table.
 * Like `projectNames`, only projects on the caller's line answer (null otherwise, as for no project).
 */
export function projectNameOf(ctx: ServiceContext, projectIdColumn: AnyColumn): SQL<string | null> {
  // The inner `sql` keeps its columns qualified even in a single-table select, where drizzle prints them bare.
  return sql<string | null>`(${sql`select ${projects.name} from ${projects}
    where ${projects.id} = ${projectIdColumn} and ${inScopeOrAbove(ctx.actor, projects.orgPath)}`})`;
}

const unknownProvider = () =>
  new AppError('projects.unknown_provider', 400, [{ path: 'providerId', message: '请选择已登记的社工机构' }]);

/** The contractor: a provider the actor sees, registered on the purchaser's line (not for a sibling). */
async function contractorFor(tx: ServiceContext, providerId: string, purchaserPath: string) {
  const provider = await getVisibleProvider(tx, providerId).catch((error: unknown) => {
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

export async function createProject(ctx: ServiceContext, input: ProjectCreateInput): Promise<ProjectView> {
  const { actor } = ctx;
  const id = await inTransaction(ctx, async (tx) => {
    const purchaser = await getOrgUnitInScope(tx, input.purchaserId ?? actor.membership.orgUnitId);
    if (purchaser.kind === 'district')
      throw new AppError('projects.purchaser_kind', 400, [
        { path: 'purchaserId', message: '购买主体应为街道或社区' },
      ]);
    await contractorFor(tx, input.providerId, purchaser.path);
    await assertNameFree(tx.db, purchaser.id, input.name);
    const [row] = await tx.db
      .insert(projects)
      .values({
        ...projectValues(input),
        status: input.status ?? 'active',
        orgUnitId: purchaser.id,
        orgPath: purchaser.path,
        createdBy: actor.name,
      })
      .returning({ id: projects.id });
    await recordAudit(tx, {
      action: 'projects.create',
      entity: 'project',
      entityId: row.id,
      orgUnit: purchaser,
      detail: { name: input.name },
    });
    return row.id;
  });
  return getProject(ctx, id);
}

/** Changed by the purchaser's people or those above; the contractor's workers only read. */
export async function updateProject(
  ctx: ServiceContext,
  id: string,
  input: ProjectUpdateInput,
): Promise<ProjectView> {
  await inTransaction(ctx, async (tx) => {
    const current = await findProject(tx.db, id, inScope(tx.actor, projects.orgPath));
    if (input.providerId !== current.providerId) await contractorFor(tx, input.providerId, current.orgPath);
    await assertNameFree(tx.db, current.orgUnitId, input.name, id);
    const values = { ...projectValues(input), status: input.status ?? current.status };
    await tx.db.update(projects).set(values).where(eq(projects.id, id));
    await recordAudit(tx, {
      action: 'projects.update',
      entity: 'project',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
      detail: { before: pick(current, Object.keys(values) as (keyof typeof values)[]), after: values },
    });
  });
  return getProject(ctx, id);
}

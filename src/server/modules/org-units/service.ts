import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  OrgUnitCreateInput,
  OrgUnitDetail,
  OrgUnitView,
  orgUnitListQuery,
} from '../../../core/org-units/contract';
import type { OrgUnitKind } from '../../../core/roles';
import { type Db, prepared, statement } from '../../db/client';
import { AppError } from '../../http/errors';
import {
  findInScopeOrThrow,
  inScope,
  inScopeLookup,
  inScopeOrAbove,
  inScopePlaceholder,
  scopeValues,
} from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { compounds, grids, orgUnits } from './schema';

export type OrgUnitRef = { id: string; name: string; kind: OrgUnitKind; path: string };

const childKind: Record<OrgUnitKind, OrgUnitKind | null> = {
  district: 'street',
  street: 'community',
  community: null,
};

// Correlated sub-selects name the outer table explicitly: drizzle prints bare column names here.
const gridCount = sql<number>`(select count(*)::int from grids g where g.org_unit_id = org_units.id)`;
const compoundCount = sql<number>`(select count(*)::int from compounds c where c.org_unit_id = org_units.id)`;

const refColumns = { id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path };

const viewColumns = {
  id: orgUnits.id,
  parentId: orgUnits.parentId,
  kind: orgUnits.kind,
  name: orgUnits.name,
  code: orgUnits.code,
  path: orgUnits.path,
  gridCount,
  compoundCount,
};

export async function listOrgUnits(
  ctx: ServiceContext,
  query: z.infer<typeof orgUnitListQuery>,
): Promise<OrgUnitView[]> {
  return unitList(ctx.db, {
    ...scopeValues(ctx.actor),
    q: query.q ? `%${query.q}%` : null,
    kind: query.kind ?? null,
  });
}

// Built once (the cheapest signed-in list, asked on every desk page): a filter not given is null.
const unitList = statement((db) =>
  db
    .select(viewColumns)
    .from(orgUnits)
    .where(
      and(
        inScopePlaceholder(orgUnits.path),
        sql`(${sql.placeholder('q')}::text is null or ${orgUnits.name} ilike ${sql.placeholder('q')})`,
        sql`(${sql.placeholder('kind')}::text is null or ${orgUnits.kind} = ${sql.placeholder('kind')})`,
      ),
    )
    .orderBy(asc(orgUnits.path)),
);

/** One unit the actor may see, or 404 — the shared way other modules resolve a unit id. */
export function getOrgUnitInScope(ctx: ServiceContext, id: string): Promise<OrgUnitRef> {
  return unitRefLookup(ctx.db, ctx.actor, id);
}

const unitRefLookup = inScopeLookup(
  { table: orgUnits, columns: refColumns, path: orgUnits.path },
  'orgUnits.not_found',
);

/**
 * Names of units for list labels: only units the actor sees, in scope or above it (a project bought
 * by the street, seen from a community, names the street). Other ids are left out.
 */
export async function orgUnitNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, [...new Set(ids)]), inScopeOrAbove(ctx.actor, orgUnits.path)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * A column of the unit that `unitId` (a column of the caller's own rows) points to, as a scalar
 * sub-select: other modules label rows they have already scoped without joining this module's table.
 * The inner `sql` keeps its columns qualified even in a single-table select, where drizzle prints
 * the top-level ones bare.
 */
function unitColumnOf<T>(column: AnyPgColumn, unitId: AnyPgColumn): SQL<T> {
  return sql<T>`(${sql`select ${column} from ${orgUnits} where ${orgUnits.id} = ${unitId}`})`;
}

/** The name of the unit `unitId` points to, for a select list (see `unitColumnOf`). */
export const orgUnitNameOf = (unitId: AnyPgColumn) => unitColumnOf<string>(orgUnits.name, unitId);

/** The kind of the unit `unitId` points to, for a select list (see `unitColumnOf`). */
export const orgUnitKindOf = (unitId: AnyPgColumn) => unitColumnOf<OrgUnitKind>(orgUnits.kind, unitId);

export async function getOrgUnit(ctx: ServiceContext, id: string): Promise<OrgUnitDetail> {
  const unit = await findInScopeOrThrow(
    ctx.db,
    { table: orgUnits, columns: viewColumns, id, scope: inScope(ctx.actor, orgUnits.path) },
    'orgUnits.not_found',
  );
  const [gridRows, compoundRows] = await Promise.all([
    ctx.db
      .select({ id: grids.id, name: grids.name })
      .from(grids)
      .where(eq(grids.orgUnitId, id))
      .orderBy(asc(grids.sortOrder), asc(grids.name)),
    ctx.db
      .select({ id: compounds.id, name: compounds.name, kind: compounds.kind })
      .from(compounds)
      .where(eq(compounds.orgUnitId, id))
      .orderBy(asc(compounds.kind), asc(compounds.sortOrder), asc(compounds.name)),
  ]);
  return { ...unit, grids: gridRows, compounds: compoundRows };
}

export async function createOrgUnit(ctx: ServiceContext, input: OrgUnitCreateInput): Promise<OrgUnitView> {
  return inTransaction(ctx, async (tx) => {
    const parent = await getOrgUnitInScope(tx, input.parentId);
    const kind = childKind[parent.kind];
    if (!kind) throw new AppError('orgUnits.cannot_nest', 400);
    const path = `${parent.path}.${input.code}`;
    await assertSiblingFree(tx.db, parent.id, input.name, path);
    const [created] = await tx.db
      .insert(orgUnits)
      .values({ parentId: parent.id, kind, name: input.name, code: input.code, path })
      .returning({ id: orgUnits.id });
    await recordAudit(tx, {
      action: 'orgUnits.create',
      entity: 'orgUnit',
      entityId: created.id,
      orgUnit: { id: created.id, path },
      detail: { name: input.name, code: input.code, parent: parent.name },
    });
    return {
      id: created.id,
      parentId: parent.id,
      kind,
      name: input.name,
      code: input.code,
      path,
      gridCount: 0,
      compoundCount: 0,
    };
  });
}

export async function renameOrgUnit(ctx: ServiceContext, id: string, name: string): Promise<OrgUnitView> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getOrgUnitInScope(tx, id);
    const [current] = await tx.db.select().from(orgUnits).where(eq(orgUnits.id, id));
    if (current.name !== name) {
      const [clash] = await tx.db
        .select({ n: count() })
        .from(orgUnits)
        .where(and(eq(orgUnits.name, name), parentIs(current.parentId)));
      if (clash.n > 0)
        throw new AppError('orgUnits.duplicate_name', 409, [{ path: 'name', message: '同级下已有同名单位' }]);
    }
    await tx.db.update(orgUnits).set({ name }).where(eq(orgUnits.id, id));
    await recordAudit(tx, {
      action: 'orgUnits.rename',
      entity: 'orgUnit',
      entityId: id,
      orgUnit: { id, path: unit.path },
      detail: { from: current.name, to: name },
    });
    const [view] = await tx.db.select(viewColumns).from(orgUnits).where(eq(orgUnits.id, id));
    return view;
  });
}

function parentIs(parentId: string | null) {
  return parentId ? eq(orgUnits.parentId, parentId) : sql`${orgUnits.parentId} is null`;
}

async function assertSiblingFree(tx: Db, parentId: string, name: string, path: string) {
  const siblings = await tx
    .select({ name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.parentId, parentId));
  if (siblings.some((s) => s.path === path)) {
    throw new AppError('orgUnits.duplicate_code', 409, [{ path: 'code', message: '同级下已有相同编码' }]);
  }
  if (siblings.some((s) => s.name === name)) {
    throw new AppError('orgUnits.duplicate_name', 409, [{ path: 'name', message: '同级下已有同名单位' }]);
  }
}

export type CommunityPlaces = {
  grids: { id: string; name: string }[];
  compounds: { id: string; name: string }[];
};

/**
 * Grids and compounds of one community, for modules that place people in them. The caller has
 * resolved the unit already (in scope, or while loading the demo world, where there is no actor),
 * so this takes only the executor.
 */
export async function placesOfCommunity(db: Db, unitId: string): Promise<CommunityPlaces> {
  const [gridRows, compoundRows] = await Promise.all([
    db
      .select({ id: grids.id, name: grids.name })
      .from(grids)
      .where(eq(grids.orgUnitId, unitId))
      .orderBy(asc(grids.sortOrder)),
    db
      .select({ id: compounds.id, name: compounds.name })
      .from(compounds)
      .where(eq(compounds.orgUnitId, unitId))
      .orderBy(asc(compounds.sortOrder)),
  ]);
  return { grids: gridRows, compounds: compoundRows };
}

/**
 * The units directly below a unit the actor sees (a street's communities, the district's streets), in
 * the order of their statistical codes: the rows of a breakdown by unit.
 */
export function unitsDirectlyBelow(ctx: ServiceContext, unitId: string): Promise<OrgUnitRef[]> {
  return prepared(
    ctx.db
      .select(refColumns)
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, unitId), inScope(ctx.actor, orgUnits.path)))
      .orderBy(asc(orgUnits.code)),
  );
}

/**
 * A column of the grid or compound that `placeId` (a column of the caller's own rows) points to, as a
 * scalar sub-select (null when it points nowhere), like `unitColumnOf`: residents and the lists built
 * on them show where a person lives without joining this module's tables.
 */
function placeColumnOf<T>(table: typeof grids | typeof compounds, column: AnyPgColumn, placeId: AnyPgColumn) {
  return sql<T | null>`(${sql`select ${column} from ${table} where ${table.id} = ${placeId}`})`;
}

/** The name of the grid `gridId` points to, for a select list. */
export const gridNameOf = (gridId: AnyPgColumn) => placeColumnOf<string>(grids, grids.name, gridId);

/** The place of the grid `gridId` points to in its community's order, for sorting by grid. */
export const gridOrderOf = (gridId: AnyPgColumn) => placeColumnOf<number>(grids, grids.sortOrder, gridId);

/** The name of the compound `compoundId` points to, for a select list. */
export const compoundNameOf = (compoundId: AnyPgColumn) =>
  placeColumnOf<string>(compounds, compounds.name, compoundId);

/** Whether a grid exists within the actor's scope, for modules that narrow their work to one grid. */
export async function gridInScope(ctx: ServiceContext, gridId: string): Promise<boolean> {
  const [grid] = await ctx.db
    .select({ id: grids.id })
    .from(grids)
    .where(and(eq(grids.id, gridId), inScope(ctx.actor, grids.orgPath)));
  return grid !== undefined;
}

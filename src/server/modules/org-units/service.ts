import { and, asc, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  OrgUnitCreateInput,
  OrgUnitDetail,
  OrgUnitView,
  orgUnitListQuery,
} from '../../../core/org-units/contract';
import type { OrgUnitKind } from '../../../core/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
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
  db: Db,
  actor: Actor,
  query: z.infer<typeof orgUnitListQuery>,
): Promise<OrgUnitView[]> {
  return db
    .select(viewColumns)
    .from(orgUnits)
    .where(
      and(
        inScope(actor, orgUnits.path),
        query.q ? ilike(orgUnits.name, `%${query.q}%`) : undefined,
        query.kind ? eq(orgUnits.kind, query.kind) : undefined,
      ),
    )
    .orderBy(asc(orgUnits.path));
}

/** One unit the actor may see, or 404 — the shared way other modules resolve a unit id. */
export async function getOrgUnitInScope(db: Db, actor: Actor, id: string): Promise<OrgUnitRef> {
  const [unit] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), inScope(actor, orgUnits.path)));
  if (!unit) throw new AppError('orgUnits.not_found', 404);
  return unit;
}

/** Names of units already known to the caller (ids taken from rows in scope), for list labels. */
export async function orgUnitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getOrgUnit(db: Db, actor: Actor, id: string): Promise<OrgUnitDetail> {
  await getOrgUnitInScope(db, actor, id);
  const [unit] = await db.select(viewColumns).from(orgUnits).where(eq(orgUnits.id, id));
  const [gridRows, compoundRows] = await Promise.all([
    db
      .select({ id: grids.id, name: grids.name })
      .from(grids)
      .where(eq(grids.orgUnitId, id))
      .orderBy(asc(grids.sortOrder), asc(grids.name)),
    db
      .select({ id: compounds.id, name: compounds.name, kind: compounds.kind })
      .from(compounds)
      .where(eq(compounds.orgUnitId, id))
      .orderBy(asc(compounds.kind), asc(compounds.sortOrder), asc(compounds.name)),
  ]);
  return { ...unit, grids: gridRows, compounds: compoundRows };
}

export async function createOrgUnit(db: Db, actor: Actor, input: OrgUnitCreateInput): Promise<OrgUnitView> {
  const parent = await getOrgUnitInScope(db, actor, input.parentId);
  const kind = childKind[parent.kind];
  if (!kind) throw new AppError('orgUnits.cannot_nest', 400);
  const path = `${parent.path}.${input.code}`;
  return db.transaction(async (tx) => {
    await assertSiblingFree(tx, parent.id, input.name, path);
    const [created] = await tx
      .insert(orgUnits)
      .values({ parentId: parent.id, kind, name: input.name, code: input.code, path })
      .returning({ id: orgUnits.id });
    await recordAudit(tx, actor, {
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

export async function renameOrgUnit(db: Db, actor: Actor, id: string, name: string): Promise<OrgUnitView> {
  const unit = await getOrgUnitInScope(db, actor, id);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(orgUnits).where(eq(orgUnits.id, id));
    if (current.name !== name) {
      const [clash] = await tx
        .select({ n: count() })
        .from(orgUnits)
        .where(and(eq(orgUnits.name, name), parentIs(current.parentId)));
      if (clash.n > 0)
        throw new AppError('orgUnits.duplicate_name', 409, [{ path: 'name', message: '同级下已有同名单位' }]);
    }
    await tx.update(orgUnits).set({ name }).where(eq(orgUnits.id, id));
    await recordAudit(tx, actor, {
      action: 'orgUnits.rename',
      entity: 'orgUnit',
      entityId: id,
      orgUnit: { id, path: unit.path },
      detail: { from: current.name, to: name },
    });
  });
  const [view] = await db.select(viewColumns).from(orgUnits).where(eq(orgUnits.id, id));
  return view;
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

/** Grids and compounds of one community, for modules that place people in them. */
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

import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { BrandInput, BrandView } from '../../../core/activities/brands-contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScope, inScopeOrAbove } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { orgUnits } from '../org-units/schema';
import { getOrgUnitInScope } from '../org-units/service';
import { activities, brands } from './schema';

/** Brands kept by the unit at `unitPath` or a unit above it: the ones its activities may carry. */
const usableAt = (unitPath: string): SQL =>
  sql`(${brands.orgPath} = ${unitPath} or ${unitPath} like ${brands.orgPath} || '.%')`;

/** The brands the caller sees (its scope and the units above), or only those a unit may use. */
export async function listBrands(db: Db, actor: Actor, usableBy?: string): Promise<BrandView[]> {
  const unit = usableBy ? await getOrgUnitInScope(db, actor, usableBy) : null;
  const rows = await db
    .select({
      id: brands.id,
      name: brands.name,
      orgUnitId: brands.orgUnitId,
      orgUnitName: orgUnits.name,
      orgPath: brands.orgPath,
      activities: sql<number>`(select count(*)::int from ${activities}
        where ${activities.brands} @> array[${brands.name}]::text[] and ${inScope(actor, activities.orgPath)}
          and (${activities.orgPath} = ${brands.orgPath} or ${activities.orgPath} like ${brands.orgPath} || '.%'))`,
      owned: sql<boolean>`${inScope(actor, brands.orgPath)}`,
      createdBy: brands.createdBy,
      createdAt: brands.createdAt,
    })
    .from(brands)
    .innerJoin(orgUnits, eq(orgUnits.id, brands.orgUnitId))
    .where(and(inScopeOrAbove(actor, brands.orgPath), unit ? usableAt(unit.path) : undefined))
    .orderBy(asc(brands.orgPath), asc(brands.name));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function createBrand(db: Db, actor: Actor, input: BrandInput): Promise<BrandView> {
  const unit = await getOrgUnitInScope(db, actor, input.orgUnitId ?? actor.membership.orgUnitId);
  const id = await db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.name, input.name), usableAt(unit.path)));
    const [row] = clash
      ? []
      : await tx
          .insert(brands)
          .values({ name: input.name, orgUnitId: unit.id, orgPath: unit.path, createdBy: actor.name })
          .onConflictDoNothing()
          .returning({ id: brands.id });
    if (!row)
      throw new AppError('brands.duplicate', 409, [
        { path: 'name', message: `品牌「${input.name}」已在本单位或上级单位的品牌列表中` },
      ]);
    await recordAudit(tx, actor, {
      action: 'brands.create',
      entity: 'brand',
      entityId: row.id,
      orgUnit: unit,
      detail: { name: input.name },
    });
    return row.id;
  });
  const [view] = (await listBrands(db, actor, unit.id)).filter((b) => b.id === id);
  return view;
}

/** Takes a brand off its unit's list; activities keep the tag, so past figures do not change. */
export async function deleteBrand(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        name: brands.name,
        orgUnitId: brands.orgUnitId,
        orgPath: brands.orgPath,
        owned: sql<boolean>`${inScope(actor, brands.orgPath)}`,
      })
      .from(brands)
      .where(and(eq(brands.id, id), inScopeOrAbove(actor, brands.orgPath)));
    if (!found) throw new AppError('brands.not_found', 404);
    if (!found.owned) throw new AppError('brands.registered_above', 403);
    await tx.delete(brands).where(eq(brands.id, id));
    await recordAudit(tx, actor, {
      action: 'brands.delete',
      entity: 'brand',
      entityId: id,
      orgUnit: { id: found.orgUnitId, path: found.orgPath },
      detail: { name: found.name },
    });
  });
}

/**
 * Refuses brands the organiser unit may not use, so a typo never becomes a brand of its own in the
 * figures. Brands an activity already carries stay allowed, even if taken off the list since.
 */
export async function assertBrandsUsable(db: Db, unitPath: string, names: string[], kept: string[] = []) {
  const wanted = [...new Set(names)].filter((n) => !kept.includes(n));
  if (wanted.length === 0) return;
  const found = await db
    .select({ name: brands.name })
    .from(brands)
    .where(and(inArray(brands.name, wanted), usableAt(unitPath)));
  const known = new Set(found.map((b) => b.name));
  const unknown = wanted.filter((n) => !known.has(n));
  if (unknown.length)
    throw new AppError('activities.unknown_brand', 400, [
      { path: 'brands', message: `品牌「${unknown.join('、')}」不在主办单位的品牌列表中，请先添加` },
    ]);
}

import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { BrandInput, BrandView } from '../../../core/activities/brands-contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { atOrAbovePath, inScope, inScopeOrAbove, underPathSql } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope, orgUnitNameOf } from '../org-units/service';
import { activities, brands } from './schema';

/** Brands kept by the unit at `unitPath` or a unit above it: the ones its activities may carry. */
const usableAt = (unitPath: string): SQL => atOrAbovePath(brands.orgPath, unitPath);

/**
 * How many of the caller's activities carry the brand, counting only those of its own unit and below
 * (another unit's brand of the same name is another brand). A nested `sql` keeps the columns
 * qualified in this single-table select, where drizzle prints the top-level ones bare.
 */
function activityCount(ctx: ServiceContext): SQL<number> {
  return sql<number>`(${sql`select count(*)::int from ${activities}
    where ${activities.brands} @> array[${brands.name}]::text[] and ${inScope(ctx.actor, activities.orgPath)}
      and ${underPathSql(sql`${activities.orgPath}`, sql`${brands.orgPath}`)}`})`;
}

/** The brands the caller sees (its scope and the units above), or only those a unit may use. */
export async function listBrands(ctx: ServiceContext, usableBy?: string): Promise<BrandView[]> {
  const unit = usableBy ? await getOrgUnitInScope(ctx, usableBy) : null;
  const rows = await ctx.db
    .select({
      id: brands.id,
      name: brands.name,
      orgUnitId: brands.orgUnitId,
      orgUnitName: orgUnitNameOf(brands.orgUnitId),
      orgPath: brands.orgPath,
      activities: activityCount(ctx),
      owned: sql<boolean>`${inScope(ctx.actor, brands.orgPath)}`,
      createdBy: brands.createdBy,
      createdAt: brands.createdAt,
    })
    .from(brands)
    .where(and(inScopeOrAbove(ctx.actor, brands.orgPath), unit ? usableAt(unit.path) : undefined))
    .orderBy(asc(brands.orgPath), asc(brands.name));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function createBrand(ctx: ServiceContext, input: BrandInput): Promise<BrandView> {
  const { actor } = ctx;
  const { id, unit } = await inTransaction(ctx, async (tx) => {
    const unit = await getOrgUnitInScope(tx, input.orgUnitId ?? actor.membership.orgUnitId);
    const [clash] = await tx.db
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.name, input.name), usableAt(unit.path)));
    const [row] = clash
      ? []
      : await tx.db
          .insert(brands)
          .values({ name: input.name, orgUnitId: unit.id, orgPath: unit.path, createdBy: actor.name })
          .onConflictDoNothing()
          .returning({ id: brands.id });
    if (!row)
      throw new AppError('brands.duplicate', 409, [
        { path: 'name', message: `品牌「${input.name}」已在本单位或上级单位的品牌列表中` },
      ]);
    await recordAudit(tx, {
      action: 'brands.create',
      entity: 'brand',
      entityId: row.id,
      orgUnit: unit,
      detail: { name: input.name },
    });
    return { id: row.id, unit };
  });
  const [view] = (await listBrands(ctx, unit.id)).filter((b) => b.id === id);
  return view;
}

/** Takes a brand off its unit's list; activities keep the tag, so past figures do not change. */
export async function deleteBrand(ctx: ServiceContext, id: string): Promise<void> {
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    const [found] = await tx.db
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
    await tx.db.delete(brands).where(eq(brands.id, id));
    await recordAudit(tx, {
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
export async function assertBrandsUsable(
  db: Db,
  { unitPath, names, kept = [] }: { unitPath: string; names: string[]; kept?: string[] },
) {
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

import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { maskName } from '../../../core/mask';
import type { RedemptionView, redemptionListQuery } from '../../../core/shop/contract';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNameOf } from '../org-units/service';
import { type VolunteerRef, volunteerNameOf, volunteerNoOf } from '../volunteers/service';
import { expireDue } from './expiry';
import { redemptions, shopItems } from './schema';

const viewColumns = {
  id: redemptions.id,
  itemId: redemptions.itemId,
  itemName: shopItems.name,
  volunteerId: redemptions.volunteerId,
  volunteerName: volunteerNameOf(redemptions.volunteerId),
  volunteerNumber: volunteerNoOf(redemptions.volunteerId),
  orgUnitName: orgUnitNameOf(shopItems.orgUnitId),
  quantity: redemptions.quantity,
  points: redemptions.points,
  status: redemptions.status,
  source: redemptions.source,
  expiresAt: redemptions.expiresAt,
  closedAt: redemptions.closedAt,
  createdAt: redemptions.createdAt,
};

function selectViews(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select(viewColumns)
    .from(redemptions)
    .innerJoin(shopItems, eq(shopItems.id, redemptions.itemId))
    .where(where)
    .orderBy(desc(redemptions.createdAt), desc(redemptions.id));
}

type ViewRow = Awaited<ReturnType<typeof selectViews>>[number];

// Those who hand items over (shop.manage) and the volunteer themself see the name; the street and
// district, which only read the figures, see it masked.
function toView(ctx: ServiceContext, r: ViewRow): RedemptionView {
  const whole = hasPermission(ctx.actor, 'shop.manage') || hasPermission(ctx.actor, 'shop.redeem');
  return {
    ...r,
    volunteerName: whole ? r.volunteerName : maskName(r.volunteerName),
    expiresAt: r.expiresAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** One redemption: the volunteer's own (`self`), else one of the actor's scope; 404 otherwise. */
export async function getRedemption(
  ctx: ServiceContext,
  id: string,
  self?: VolunteerRef,
): Promise<RedemptionView> {
  const whose = self ? eq(redemptions.volunteerId, self.id) : inScope(ctx.actor, redemptions.orgPath);
  const [row] = await selectViews(ctx, and(eq(redemptions.id, id), whose)).limit(1);
  if (!row) throw new AppError('shop.redemption_not_found', 404);
  return toView(ctx, row);
}

type ListQuery = z.infer<typeof redemptionListQuery> & PageQuery;

/** Redemptions handed over (or to be) in the actor's scope, newest first. */
export async function listRedemptions(ctx: ServiceContext, query: ListQuery) {
  const scope = inScope(ctx.actor, redemptions.orgPath);
  await expireDue(ctx, scope);
  const filters = and(
    scope,
    query.status ? eq(redemptions.status, query.status) : undefined,
    query.itemId ? eq(redemptions.itemId, query.itemId) : undefined,
    query.volunteerId ? eq(redemptions.volunteerId, query.volunteerId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    selectViews(ctx, filters).limit(query.pageSize).offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(redemptions).where(filters),
  ]);
  return { items: rows.map((r) => toView(ctx, r)), total, page: query.page, pageSize: query.pageSize };
}

/** The volunteer's own redemptions, newest first (the phone page shows the last hundred). */
export async function redemptionsOf(ctx: ServiceContext, volunteer: VolunteerRef): Promise<RedemptionView[]> {
  const own = eq(redemptions.volunteerId, volunteer.id);
  await expireDue(ctx, own);
  const rows = await selectViews(ctx, own).limit(100);
  return rows.map((r) => toView(ctx, r));
}

import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { RedeemInput, RedemptionView } from '../../../core/shop/contract';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { atOrAbovePath } from '../../http/scope';
import { onOneConnectionOf, type ServiceContext } from '../../platform/context';
import { pointsBalances } from '../points/service';
import { activeVolunteerOfUser, volunteerInScope, volunteerOfUser } from '../volunteers/service';
import { expireDue } from './expiry';
import { itemViewColumns, toItemView } from './items';
import { redemptionsOf } from './redemption-list';
import { cancelRedemption, redeem } from './redemptions';
import { redemptions, shopItems } from './schema';

/**
 * The phone page 友邻超市: items on offer now at the volunteer's community or the units above it, and
 * the points the volunteer can spend (balance less what open redemptions hold).
 */
export async function myShop(ctx: ServiceContext) {
  const volunteer = await activeVolunteerOfUser(ctx);
  await expireDue(ctx, eq(redemptions.volunteerId, volunteer.id));
  const now = ctx.clock.now();
  const [rows, balances] = await Promise.all([
    ctx.db
      .select(itemViewColumns)
      .from(shopItems)
      .where(
        and(
          atOrAbovePath(shopItems.orgPath, volunteer.orgPath),
          eq(shopItems.status, 'listed'),
          or(isNull(shopItems.availableFrom), lte(shopItems.availableFrom, now)),
          or(isNull(shopItems.availableUntil), gte(shopItems.availableUntil, now)),
        ),
      )
      .orderBy(asc(shopItems.pricePoints), asc(shopItems.name)),
    pointsBalances(ctx, [volunteer.id]),
  ]);
  return {
    available: balances.get(volunteer.id)?.available ?? 0,
    items: rows.map((r) => toItemView(r, ctx.actor.membership.id)),
  };
}

/** The volunteer's own redemptions (one who has left still sees theirs, and may cancel a held one). */
export async function myRedemptions(ctx: ServiceContext): Promise<RedemptionView[]> {
  return redemptionsOf(ctx, await volunteerOfUser(ctx));
}

/**
 * One route serves both ends of the counter: a volunteer (shop.redeem) redeems for themself on the
 * phone; staff (shop.manage) redeem for a volunteer of their scope, who must be active. Anyone else is
 * refused, so the route's `authenticated` permission fails closed here.
 */
export async function redeemItem(
  ctx: ServiceContext,
  itemId: string,
  input: RedeemInput,
): Promise<RedemptionView> {
  // On one connection: in a rush the item is read just before the transaction that would promise it,
  // so once it is sold out the rest are refused on that read instead of in a transaction each.
  return onOneConnectionOf(ctx, async (ctx) => {
    if (hasPermission(ctx.actor, 'shop.manage')) {
      if (!input.volunteerId) throw new AppError('shop.volunteer_required', 400);
      const volunteer = await volunteerInScope(ctx, input.volunteerId);
      if (volunteer.status !== 'active') throw new AppError('shop.volunteer_not_active', 409);
      return redeem(ctx, itemId, volunteer, input.quantity, 'counter');
    }
    if (hasPermission(ctx.actor, 'shop.redeem')) {
      return redeem(ctx, itemId, await activeVolunteerOfUser(ctx), input.quantity, 'self');
    }
    throw new AppError('http.forbidden', 403);
  });
}

/** Cancels a held redemption: staff one of their scope, a volunteer their own (as `redeemItem`). */
export async function cancelRedemptionBy(ctx: ServiceContext, id: string): Promise<RedemptionView> {
  if (hasPermission(ctx.actor, 'shop.manage')) return cancelRedemption(ctx, id, null);
  if (hasPermission(ctx.actor, 'shop.redeem')) return cancelRedemption(ctx, id, await volunteerOfUser(ctx));
  throw new AppError('http.forbidden', 403);
}

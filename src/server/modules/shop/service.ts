import type { ServiceContext } from '../../platform/context';
import { expireDue } from './expiry';

// What the shop offers other modules (the figures page, a future job runner).
export { shopFiguresByUnit, type UnitShopFigures } from './figures';

/**
 * Releases every held redemption past its expiry at `now`, whoever's: the sweep a timer would run.
 * The product has no job runner, so the shop also expires lazily, per item, volunteer or unit, at the
 * start of each call that reads or changes what the redemptions hold.
 */
export async function expireRedemptions(ctx: ServiceContext, now: Date): Promise<number> {
  let total = 0;
  // expireDue takes a bounded batch; go on until a batch finds nothing left.
  for (
    let batch = await expireDue(ctx, undefined, now);
    batch > 0;
    batch = await expireDue(ctx, undefined, now)
  ) {
    total += batch;
  }
  return total;
}

// Pure rules of the points shop 友邻超市, shared by server and web.

/** How long a redemption holds points and stock before it expires uncollected: a week to come by. */
export const REDEMPTION_HOLD_DAYS = 7;

const DAY_MS = 24 * 3600_000;

/** When a redemption made at `now` expires if nobody collects it. */
export function redemptionExpiresAt(now: Date): Date {
  return new Date(now.getTime() + REDEMPTION_HOLD_DAYS * DAY_MS);
}

/** "12.50" (yuan, at most two decimals) → 1250 fen; integers only, so no float rounding. */
export function yuanToFen(value: string): number {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new RangeError(`not an amount in yuan: ${value}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 fen → "12.50". */
export function fenToYuan(fen: number): string {
  const whole = Math.trunc(fen / 100);
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/** Whether `now` lies in the item's availability window (an open end means no limit that side). */
export function withinWindow(window: { availableFrom: Date | null; availableUntil: Date | null }, now: Date) {
  if (window.availableFrom && now < window.availableFrom) return false;
  if (window.availableUntil && now > window.availableUntil) return false;
  return true;
}

/** Whether a volunteer who already has `taken` (held or collected) may take `quantity` more. */
export function withinPersonLimit(limit: number | null, taken: number, quantity: number): boolean {
  return limit === null || taken + quantity <= limit;
}

/** On the books: what can still be promised plus what open redemptions hold (still on the shelf). */
export function bookQuantity(stock: number, heldQuantity: number): number {
  return stock + heldQuantity;
}

/**
 * The stock after a count of `counted` on the shelf: the held quantities stay promised, the rest can be
 * promised again. Null when fewer are on the shelf than open redemptions hold: the count cannot be booked
 * until those are cancelled.
 */
export function stockAfterCount(counted: number, heldQuantity: number): number | null {
  return counted < heldQuantity ? null : counted - heldQuantity;
}

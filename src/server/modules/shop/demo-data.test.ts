import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('the demo shop', () => {
  it('offers 园山 donated goods and services, one withdrawn, and counted one stock-take with its reason', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const items = (
      await ctx.request({ method: 'GET', url: '/api/v1/shop-items?pageSize=50', headers: sw })
    ).json();
    expect(items.total).toBeGreaterThanOrEqual(10);
    const donors = new Set(items.items.map((i: { donorName: string }) => i.donorName));
    for (const donor of ['园山便利店', '康乐药房', '阿芳理发店']) expect(donors).toContain(donor);
    expect(items.items.some((i: { kind: string }) => i.kind === 'service')).toBe(true);
    expect(items.items.filter((i: { status: string }) => i.status === 'withdrawn')).toHaveLength(1);
    const takes = (await ctx.request({ method: 'GET', url: '/api/v1/stock-takes', headers: sw })).json();
    expect(takes.items[0]).toMatchObject({ bookQuantity: 15, countedQuantity: 14 });
    expect(takes.items[0].reason).not.toBe('');
  });

  it('keeps every demo balance, held sum and stock whole', async () => {
    const [row] = await queryRows<{ bad_accounts: number; bad_items: number; held_mismatch: number }>(
      ctx.database.db,
      sql`select (select count(*)::int from points_accounts where held < 0 or balance < held) bad_accounts,
        (select count(*)::int from shop_items where stock < 0) bad_items,
        (select count(*)::int from points_accounts a where a.held <>
          (select coalesce(sum(points), 0) from redemptions r where r.volunteer_id = a.volunteer_id and r.status = 'held')) held_mismatch`,
    );
    expect(row).toEqual({ bad_accounts: 0, bad_items: 0, held_mismatch: 0 });
  });

  it('shows volunteer1 the shop and a redemption of each outcome once the demos give them the points', async () => {
    const phone = await ctx.signIn('volunteer1');
    const shop = await ctx.request({ method: 'GET', url: '/api/v1/me/shop', headers: phone });
    // Until the volunteers demo enrols volunteer1, the phone page answers 404 and the shop demo redeems nothing.
    if (shop.statusCode === 404) return;
    expect(shop.json().items.length).toBeGreaterThanOrEqual(10);
    const mine = (await ctx.request({ method: 'GET', url: '/api/v1/me/redemptions', headers: phone })).json();
    const [{ earned }] = await queryRows<{ earned: number }>(
      ctx.database.db,
      sql`select coalesce(sum(l.amount), 0)::int earned from points_ledger l join points_accounts a on a.id = l.account_id
        join volunteers v on v.id = a.volunteer_id join users u on u.id = v.user_id
        where u.username = 'volunteer1' and l.kind <> 'redeem'`,
    );
    // The plan needs 40 + 10 + 20 + 60 points at most.
    if (earned < 130) return;
    const statuses = mine.items.map((r: { status: string }) => r.status).sort();
    expect(statuses).toEqual(['cancelled', 'collected', 'collected', 'held']);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { AppError } from '../../http/errors';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';
import { redeemItem } from './self-service';
import { createItem, credit, type Headers, serviceContextOf } from './shop-test-kit';

/**
 * 200 parallel redemptions (50 volunteers × 4) with every volunteer's balance covering 3. On
 * PostgreSQL the requests really race (a pool of 60 connections); on PGlite every transaction is
 * serialised, so there the test proves only the rules.
 */
let ctx: TestContext;
let sw: Headers;
const price = 10;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
});
afterAll(() => ctx.close());

async function volunteersWithBalanceFor3(prefix: string): Promise<TestVolunteer[]> {
  const yuanshan = await unitOf(ctx.database.db, '园山社区');
  const people = await insertTestVolunteers(ctx.database.db, ctx.app.services.crypto, yuanshan, 50, prefix);
  for (const person of people) await credit(ctx, sw, person.id, 3 * price);
  return people;
}

/** 4 parallel redemptions of one each per volunteer; the refusals must all be the shop's or the points' 409. */
async function rush(itemId: string, people: TestVolunteer[]) {
  const staff = await serviceContextOf(ctx, sw);
  const attempts = people.flatMap((p) => Array.from({ length: 4 }, () => p.id));
  const outcomes = await Promise.allSettled(
    attempts.map((volunteerId) => redeemItem(staff, itemId, { quantity: 1, volunteerId })),
  );
  const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
  for (const reason of refusals) {
    expect(reason).toBeInstanceOf(AppError);
    expect(['shop.out_of_stock', 'points.insufficient']).toContain((reason as AppError).code);
  }
  return outcomes.filter((o) => o.status === 'fulfilled').length;
}

async function ledgerOf(itemId: string, people: TestVolunteer[]) {
  const ids = people.map((p) => p.id);
  const [item] = await queryRows<{ stock: number; held_quantity: number; held_points: number }>(
    ctx.database.db,
    sql`select stock, (select coalesce(sum(quantity), 0)::int from redemptions where item_id = ${itemId} and status = 'held') held_quantity,
      (select coalesce(sum(points), 0)::int from redemptions where item_id = ${itemId} and status = 'held') held_points
      from shop_items where id = ${itemId}`,
  );
  const accounts = await queryRows<{ volunteer_id: string; balance: number; held: number; redeemed: number }>(
    ctx.database.db,
    sql`select a.volunteer_id, a.balance, a.held,
      (select coalesce(sum(r.points), 0)::int from redemptions r where r.volunteer_id = a.volunteer_id and r.status = 'held') redeemed
      from points_accounts a where a.volunteer_id in ${ids}`,
  );
  return { item, accounts };
}

describe('redemption under a rush', () => {
  it('sells exactly the 20 in stock to 200 parallel requests, holding no more than anyone has', async () => {
    const people = await volunteersWithBalanceFor3('RUSHA');
    const itemId = await createItem(ctx, sw, { name: '抢兑测试', stock: 20, pricePoints: price });
    expect(await rush(itemId, people)).toBe(20);
    const { item, accounts } = await ledgerOf(itemId, people);
    expect(item).toEqual({ stock: 0, held_quantity: 20, held_points: 20 * price });
    expect(accounts).toHaveLength(50);
    for (const a of accounts) {
      expect(a.balance).toBe(3 * price);
      expect(a.held).toBe(a.redeemed);
      expect(a.held).toBeGreaterThanOrEqual(0);
      expect(a.held).toBeLessThanOrEqual(a.balance);
    }
    expect(accounts.reduce((sum, a) => sum + a.held, 0)).toBe(20 * price);
  });

  it('lets the balances, not the stock, decide when there is plenty: exactly 3 each', async () => {
    const people = await volunteersWithBalanceFor3('RUSHB');
    const itemId = await createItem(ctx, sw, {
      name: '抢兑测试（库存充足）',
      stock: 500,
      pricePoints: price,
    });
    expect(await rush(itemId, people)).toBe(150);
    const { item, accounts } = await ledgerOf(itemId, people);
    expect(item).toEqual({ stock: 350, held_quantity: 150, held_points: 150 * price });
    for (const a of accounts)
      expect(a).toMatchObject({ balance: 3 * price, held: 3 * price, redeemed: 3 * price });
  });
});

import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { actorOf } from '../../testing/actor';
import type { TestContext } from '../../testing/test-app';
import { adjustPoints, type VolunteerKey } from '../points/service';

// Helpers of the shop's tests: items through the API, credits through the points service (never by
// writing its tables), and the state a refused request must leave as it was.

export type Headers = Record<string, string>;

export const itemInput = {
  name: '园山大米 5kg',
  kind: 'goods',
  description: '新米',
  donorName: '园山便利店',
  value: '25.50',
  pricePoints: 30,
  stock: 10,
};

export async function createItem(
  ctx: TestContext,
  headers: Headers,
  overrides: object = {},
): Promise<string> {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/shop-items',
    headers,
    payload: { ...itemInput, ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`item not created: ${res.body}`);
  return res.json().id;
}

/** Credits a volunteer through the points service (a manual adjustment by the signed-in staff). */
export async function credit(ctx: TestContext, headers: Headers, volunteerId: string, amount: number) {
  const staff = await serviceContextOf(ctx, headers);
  const [volunteer] = await queryRows<VolunteerKey>(
    ctx.database.db,
    sql`select id, org_unit_id "orgUnitId", org_path "orgPath" from volunteers where id = ${volunteerId}`,
  );
  await inTransaction(staff, (tx) => adjustPoints(tx, volunteer, { amount, reason: '测试加分' }));
}

export function redeemAs(ctx: TestContext, headers: Headers, itemId: string, payload: object) {
  return ctx.request({ method: 'POST', url: `/api/v1/shop-items/${itemId}/redemptions`, headers, payload });
}

/**
 * The volunteer record of a demo account that holds the volunteer role. Where the demo world does not
 * give them one, they apply on the phone and `staff` of their community approve it, through the API.
 */
export async function volunteerIdOf(ctx: TestContext, username: string, staff: Headers): Promise<string> {
  const find = () =>
    queryRows<{ id: string }>(
      ctx.database.db,
      sql`select v.id from volunteers v join users u on u.id = v.user_id
        where u.username = ${username} and v.status = 'active'`,
    );
  const [found] = await find();
  if (found) return found.id;
  const applied = await ctx.request({
    method: 'POST',
    url: '/api/v1/me/volunteer-application',
    headers: await ctx.signIn(username),
    payload: { affiliation: 'resident' },
  });
  if (applied.statusCode >= 300) throw new Error(`${username} could not apply: ${applied.body}`);
  const approved = await ctx.request({
    method: 'POST',
    url: `/api/v1/volunteers/${applied.json().id}/approve`,
    headers: staff,
    payload: {},
  });
  if (approved.statusCode >= 300) throw new Error(`${username} not approved: ${approved.body}`);
  const [made] = await find();
  return made.id;
}

/** What a refused request must not change: the item's stock, its redemptions, the accounts' held points. */
export async function shopState(db: Db, itemId: string, volunteerIds: string[]) {
  const [row] = await queryRows<{ stock: number; redemptions: number; held: number; balance: number }>(
    db,
    sql`select (select stock from shop_items where id = ${itemId}) stock,
      (select count(*)::int from redemptions where item_id = ${itemId}) redemptions,
      (select coalesce(sum(held), 0)::int from points_accounts where volunteer_id in ${volunteerIds}) held,
      (select coalesce(sum(balance), 0)::int from points_accounts where volunteer_id in ${volunteerIds}) balance`,
  );
  return row;
}

/** A service context as the auth hook would give the signed-in user, for calling services directly. */
export async function serviceContextOf(ctx: TestContext, headers: Headers): Promise<ServiceContext> {
  const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).json();
  const actor: Actor = actorOf({
    userId: me.user.id,
    username: me.user.username,
    name: me.user.name,
    memberships: me.memberships,
    membership: me.memberships[0],
  });
  return { ...ctx.app.services, actor };
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDEMPTION_HOLD_DAYS } from '../../../core/shop/rules';
import { queryRows } from '../../db/client';
import { auditEntriesOf, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { insertTestVolunteers } from '../../testing/volunteers';
import { expireRedemptions, shopFiguresByUnit } from './service';
import {
  createItem,
  credit,
  type Headers,
  redeemAs,
  serviceContextOf,
  shopState,
  volunteerIdOf,
} from './shop-test-kit';

let ctx: TestContext;
let sw: Headers;
let phone: Headers;
let me: string;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  phone = await ctx.signIn('volunteer1');
  me = await volunteerIdOf(ctx, 'volunteer1', sw);
  await credit(ctx, sw, me, 1000);
});
afterAll(() => ctx.close());

const available = async () =>
  (await ctx.request({ method: 'GET', url: '/api/v1/me/shop', headers: phone })).json().available as number;
const itemOf = async (id: string) =>
  (await ctx.request({ method: 'GET', url: `/api/v1/shop-items/${id}`, headers: sw })).json();

describe('redemption on the phone', () => {
  it('holds the points and the stock for a week, shown on the phone pages', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 20, stock: 5 });
    const before = await available();
    const shop = (await ctx.request({ method: 'GET', url: '/api/v1/me/shop', headers: phone })).json();
    expect(shop.items.map((i: { id: string }) => i.id)).toContain(id);
    const startedAt = Date.now();
    const res = await redeemAs(ctx, phone, id, { quantity: 2 });
    expect(res.statusCode).toBe(201);
    const redemption = res.json();
    expect(redemption).toMatchObject({
      itemId: id,
      volunteerId: me,
      quantity: 2,
      points: 40,
      status: 'held',
    });
    expect(redemption.source).toBe('self');
    const expires = new Date(redemption.expiresAt).getTime() - startedAt;
    expect(Math.abs(expires - REDEMPTION_HOLD_DAYS * 24 * 3600_000)).toBeLessThan(60_000);
    expect(await available()).toBe(before - 40);
    expect(await itemOf(id)).toMatchObject({ stock: 3, heldQuantity: 2 });
    const mine = (await ctx.request({ method: 'GET', url: '/api/v1/me/redemptions', headers: phone })).json();
    expect(mine.items[0].id).toBe(redemption.id);
    expect(await auditEntriesOf(ctx.database.db, redemption.id, 'shop.redeem')).toHaveLength(1);
  });

  it('refuses 积分不足 when the balance cannot cover it, writing nothing', async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const [poor] = await insertTestVolunteers(ctx.database.db, ctx.app.services.crypto, yuanshan, 1, 'POOR');
    await credit(ctx, sw, poor.id, 10);
    const id = await createItem(ctx, sw, { pricePoints: 30, stock: 5 });
    const before = await shopState(ctx.database.db, id, [poor.id]);
    const res = await redeemAs(ctx, sw, id, { quantity: 1, volunteerId: poor.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toMatch(/积分不足/);
    expect(await shopState(ctx.database.db, id, [poor.id])).toEqual(before);
  });

  it.each([
    ['out of stock', { stock: 1 }, 2, 409, '库存不足，无法兑换'],
    [
      'before its window opens',
      { availableFrom: new Date(Date.now() + 86400_000).toISOString() },
      1,
      409,
      '不在该物品的兑换时间内',
    ],
    [
      'after its window closed',
      { availableFrom: '2025-01-01T00:00:00Z', availableUntil: '2025-02-01T00:00:00Z' },
      1,
      409,
      '不在该物品的兑换时间内',
    ],
  ])('refuses an item %s, writing nothing', async (_, item, quantity, status, title) => {
    const id = await createItem(ctx, sw, { pricePoints: 5, ...item });
    const before = await shopState(ctx.database.db, id, [me]);
    const res = await redeemAs(ctx, phone, id, { quantity });
    expect(res.statusCode).toBe(status);
    expect(res.json().title).toBe(title);
    expect(await shopState(ctx.database.db, id, [me])).toEqual(before);
  });

  it('refuses a withdrawn item', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 5 });
    await ctx.request({ method: 'POST', url: `/api/v1/shop-items/${id}/withdraw`, headers: sw, payload: {} });
    const before = await shopState(ctx.database.db, id, [me]);
    const res = await redeemAs(ctx, phone, id, { quantity: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('该物品已下架，暂不能兑换');
    expect(await shopState(ctx.database.db, id, [me])).toEqual(before);
    const shop = (await ctx.request({ method: 'GET', url: '/api/v1/me/shop', headers: phone })).json();
    expect(shop.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('counts held and collected against the per-person limit, cancelled ones not', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 5, perPersonLimit: 2 });
    const first = (await redeemAs(ctx, phone, id, { quantity: 1 })).json();
    await ctx.request({
      method: 'POST',
      url: `/api/v1/redemptions/${first.id}/collect`,
      headers: sw,
      payload: {},
    });
    const second = (await redeemAs(ctx, phone, id, { quantity: 1 })).json();
    const before = await shopState(ctx.database.db, id, [me]);
    const over = await redeemAs(ctx, phone, id, { quantity: 1 });
    expect(over.statusCode).toBe(409);
    expect(over.json().title).toBe('超过每人限兑数量');
    expect(await shopState(ctx.database.db, id, [me])).toEqual(before);
    await ctx.request({
      method: 'POST',
      url: `/api/v1/redemptions/${second.id}/cancel`,
      headers: phone,
      payload: {},
    });
    expect((await redeemAs(ctx, phone, id, { quantity: 1 })).statusCode).toBe(201);
  });

  it.each([
    ['a fractional quantity', { quantity: 1.5 }, '兑换数量须为整数'],
    ['a quantity of 0', { quantity: 0 }, '兑换数量须大于0'],
    ['no quantity', {}, '兑换数量须为正整数'],
  ])('refuses %s with 400', async (_, payload, message) => {
    const id = await createItem(ctx, sw);
    const before = await shopState(ctx.database.db, id, [me]);
    const res = await redeemAs(ctx, phone, id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(res.json().errors).toContainEqual({ path: 'quantity', message });
    expect(await shopState(ctx.database.db, id, [me])).toEqual(before);
  });

  it("keeps another community's item out of reach (404) and refuses roles without the shop (403)", async () => {
    const id = await createItem(ctx, sw);
    await volunteerIdOf(ctx, 'jinshang.volunteer', await ctx.signIn('jinshang.sw'));
    const before = await shopState(ctx.database.db, id, [me]);
    const other = await redeemAs(ctx, await ctx.signIn('jinshang.volunteer'), id, { quantity: 1 });
    expect(other.statusCode).toBe(404);
    expect(other.json().title).toBe('物品不存在');
    const resident = await redeemAs(ctx, await ctx.signIn('resident1'), id, { quantity: 1 });
    expect(resident.statusCode).toBe(403);
    expect(resident.json().title).toBe('您没有权限执行此操作');
    const collect = await ctx.request({ method: 'GET', url: '/api/v1/redemptions', headers: phone });
    expect(collect.statusCode).toBe(403);
    expect(await shopState(ctx.database.db, id, [me])).toEqual(before);
  });
});

describe('redemption at the counter', () => {
  it('redeems for a volunteer of the unit, and wants one named', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 10 });
    const res = await redeemAs(ctx, sw, id, { quantity: 1, volunteerId: me });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ source: 'counter', volunteerId: me, points: 10 });
    const nobody = await redeemAs(ctx, sw, id, { quantity: 1 });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().title).toBe('柜台兑换须选择志愿者');
    const jinshang = await volunteerIdOf(ctx, 'jinshang.volunteer', await ctx.signIn('jinshang.sw'));
    const before = await shopState(ctx.database.db, id, [jinshang]);
    const outside = await redeemAs(ctx, sw, id, { quantity: 1, volunteerId: jinshang });
    expect(outside.statusCode).toBe(404);
    expect(await shopState(ctx.database.db, id, [jinshang])).toEqual(before);
  });
});

describe('pick-up, cancellation and expiry', () => {
  it('deducts the held points at pick-up, once', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 15 });
    const before = await shopState(ctx.database.db, id, [me]);
    const r = (await redeemAs(ctx, phone, id, { quantity: 2 })).json();
    const collect = () =>
      ctx.request({ method: 'POST', url: `/api/v1/redemptions/${r.id}/collect`, headers: sw, payload: {} });
    const byVolunteer = await ctx.request({
      method: 'POST',
      url: `/api/v1/redemptions/${r.id}/collect`,
      headers: phone,
      payload: {},
    });
    expect(byVolunteer.statusCode).toBe(403);
    const done = await collect();
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('collected');
    const after = await shopState(ctx.database.db, id, [me]);
    expect(after).toMatchObject({ stock: before.stock - 2, held: before.held, balance: before.balance - 30 });
    const again = await collect();
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该兑换已领取、取消或过期，不能再操作');
    expect(await shopState(ctx.database.db, id, [me])).toEqual(after);
    const jinshang = await ctx.signIn('jinshang.sw');
    const list = await ctx.request({
      method: 'GET',
      url: '/api/v1/redemptions?pageSize=200',
      headers: jinshang,
    });
    expect(list.body).not.toContain(r.id);
  });

  it('gives stock and points back on cancellation by the volunteer or staff, not by someone else', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 7 });
    const before = await shopState(ctx.database.db, id, [me]);
    const cancel = (rid: string, headers: Headers) =>
      ctx.request({ method: 'POST', url: `/api/v1/redemptions/${rid}/cancel`, headers, payload: {} });
    const mine = (await redeemAs(ctx, phone, id, { quantity: 1 })).json();
    const byStranger = await cancel(mine.id, await ctx.signIn('jinshang.volunteer'));
    expect(byStranger.statusCode).toBe(404);
    expect(byStranger.json().title).toBe('兑换记录不存在');
    expect((await cancel(mine.id, phone)).json().status).toBe('cancelled');
    const counter = (await redeemAs(ctx, sw, id, { quantity: 2, volunteerId: me })).json();
    expect((await cancel(counter.id, sw)).json().status).toBe('cancelled');
    expect(await shopState(ctx.database.db, id, [me])).toEqual({ ...before, redemptions: 2 });
    expect((await cancel(counter.id, sw)).statusCode).toBe(409);
  });

  it('releases a redemption past its expiry, lazily on the next read or by the sweep', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 9 });
    const before = await shopState(ctx.database.db, id, [me]);
    const lazy = (await redeemAs(ctx, phone, id, { quantity: 1 })).json();
    await ctx.database.db.execute(
      sql`update redemptions set expires_at = now() - interval '1 minute' where id = ${lazy.id}`,
    );
    const mine = (await ctx.request({ method: 'GET', url: '/api/v1/me/redemptions', headers: phone })).json();
    expect(mine.items.find((r: { id: string }) => r.id === lazy.id).status).toBe('expired');
    expect(await shopState(ctx.database.db, id, [me])).toEqual({ ...before, redemptions: 1 });

    // The last one on the shelf, held past its expiry: the next redemption releases it and takes it.
    const last = await createItem(ctx, sw, { pricePoints: 9, stock: 1 });
    const stale = (await redeemAs(ctx, phone, last, { quantity: 1 })).json();
    await ctx.database.db.execute(
      sql`update redemptions set expires_at = now() - interval '1 minute' where id = ${stale.id}`,
    );
    const fresh = await redeemAs(ctx, sw, last, { quantity: 1, volunteerId: me });
    expect(fresh.statusCode).toBe(201);
    const [staleRow] = await queryRows<{ status: string }>(
      ctx.database.db,
      sql`select status from redemptions where id = ${stale.id}`,
    );
    expect(staleRow.status).toBe('expired');

    const swept = (await redeemAs(ctx, phone, id, { quantity: 1 })).json();
    const staff = await serviceContextOf(ctx, sw);
    const later = new Date(Date.now() + (REDEMPTION_HOLD_DAYS + 1) * 24 * 3600_000);
    expect(await expireRedemptions(staff, later)).toBeGreaterThanOrEqual(1);
    const [row] = await queryRows<{ status: string }>(
      ctx.database.db,
      sql`select status from redemptions where id = ${swept.id}`,
    );
    expect(row.status).toBe('expired');
    // A week on, every held redemption has run out: those of the tests above are released too.
    expect(await shopState(ctx.database.db, id, [me])).toEqual({ ...before, redemptions: 2, held: 0 });
    const collect = await ctx.request({
      method: 'POST',
      url: `/api/v1/redemptions/${swept.id}/collect`,
      headers: sw,
      payload: {},
    });
    expect(collect.statusCode).toBe(409);
  });
});

describe('figures', () => {
  it('counts collected redemptions, points and value per unit, the street including its community', async () => {
    const id = await createItem(ctx, sw, { pricePoints: 11, value: '12.30' });
    const staff = await serviceContextOf(ctx, sw);
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const jiangtou = await unitOf(ctx.database.db, '江头街道');
    const today = staff.clock.today();
    const figures = async (who: typeof staff, unit: typeof yuanshan) =>
      (await shopFiguresByUnit(who, { from: today, to: today }, [unit])).get(unit.id);
    const r = (await redeemAs(ctx, phone, id, { quantity: 3 })).json();
    await redeemAs(ctx, phone, id, { quantity: 1 });
    const before = await figures(staff, yuanshan);
    await ctx.request({
      method: 'POST',
      url: `/api/v1/redemptions/${r.id}/collect`,
      headers: sw,
      payload: {},
    });
    const after = await figures(staff, yuanshan);
    expect(after?.redemptionsCollected).toBe((before?.redemptionsCollected ?? 0) + 1);
    expect(after?.pointsRedeemed).toBe((before?.pointsRedeemed ?? 0) + 33);
    expect(Number(after?.valueRedeemed) - Number(before?.valueRedeemed)).toBeCloseTo(36.9, 2);
    const street = await serviceContextOf(ctx, await ctx.signIn('jiangtou.admin'));
    expect((await figures(street, jiangtou))?.pointsRedeemed).toBeGreaterThanOrEqual(
      after?.pointsRedeemed ?? 0,
    );
    expect(await figures(street, yuanshan)).toEqual(after);
  });
});

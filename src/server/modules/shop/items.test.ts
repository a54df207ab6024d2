import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditEntriesOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import {
  createItem,
  credit,
  type Headers,
  itemInput,
  redeemAs,
  shopState,
  volunteerIdOf,
} from './shop-test-kit';

let ctx: TestContext;
let sw: Headers;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
});
afterAll(() => ctx.close());

const itemCount = async () =>
  (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int n from shop_items`))[0].n;

describe('shop items', () => {
  it('lists a new item at the staff member’s community, its value kept in fen, and audits it', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/shop-items',
      headers: sw,
      payload: itemInput,
    });
    expect(res.statusCode).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({
      name: '园山大米 5kg',
      orgUnitName: '园山社区',
      value: '25.50',
      pricePoints: 30,
      stock: 10,
      heldQuantity: 0,
      perPersonLimit: null,
      status: 'listed',
    });
    const [row] = await queryRows<{ value_fen: number }>(
      ctx.database.db,
      sql`select value_fen from shop_items where id = ${item.id}`,
    );
    expect(row.value_fen).toBe(2550);
    expect(await auditEntriesOf(ctx.database.db, item.id, 'shop.create_item')).toHaveLength(1);
  });

  it.each([
    ['a price of 0', { pricePoints: 0 }, 'pricePoints', '所需积分须大于0'],
    ['a fractional price', { pricePoints: 2.5 }, 'pricePoints', '所需积分须为整数'],
    ['a value with three decimals', { value: '1.234' }, 'value', '价值须为元，最多两位小数'],
    ['a negative stock', { stock: -1 }, 'stock', '库存不能为负'],
    ['no name', { name: ' ' }, 'name', '请填写物品名称'],
    [
      'a window ending before it starts',
      { availableFrom: '2026-12-10T00:00:00+08:00', availableUntil: '2026-12-01T00:00:00+08:00' },
      'availableUntil',
      '兑换截止时间须晚于开始时间',
    ],
  ])('refuses %s with 400 and the Chinese reason, writing nothing', async (_, bad, path, message) => {
    const before = await itemCount();
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/shop-items',
      headers: sw,
      payload: { ...itemInput, ...bad },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(res.json().errors).toContainEqual({ path, message });
    expect(await itemCount()).toBe(before);
  });

  it('edits an item but refuses a stock change by PATCH', async () => {
    const id = await createItem(ctx, sw);
    const { stock: _stock, ...fields } = itemInput;
    const refused = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/shop-items/${id}`,
      headers: sw,
      payload: { ...fields, stock: 99 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toBe('库存只能通过补货、盘点或兑换变动，不能直接修改');
    const edited = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/shop-items/${id}`,
      headers: sw,
      payload: { ...fields, name: '园山大米 10kg', pricePoints: 50, perPersonLimit: 1 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: '园山大米 10kg',
      pricePoints: 50,
      perPersonLimit: 1,
      stock: 10,
    });
  });

  it('restocks with a reason on the record', async () => {
    const id = await createItem(ctx, sw);
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/shop-items/${id}/restock`,
      headers: sw,
      payload: { quantity: 5, reason: '园山便利店再捐5袋' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().stock).toBe(15);
    const [entry] = await auditEntriesOf(ctx.database.db, id, 'shop.restock');
    expect(entry.reason).toBe('园山便利店再捐5袋');
    const bad = await ctx.request({
      method: 'POST',
      url: `/api/v1/shop-items/${id}/restock`,
      headers: sw,
      payload: { quantity: 1.5, reason: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual({ path: 'quantity', message: '补货数量须为整数' });
  });

  it('withdraws and relists, refusing to do either twice', async () => {
    const id = await createItem(ctx, sw);
    const post = (action: string) =>
      ctx.request({ method: 'POST', url: `/api/v1/shop-items/${id}/${action}`, headers: sw, payload: {} });
    expect((await post('withdraw')).json().status).toBe('withdrawn');
    const again = await post('withdraw');
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该物品已下架');
    expect((await post('relist')).json().status).toBe('listed');
    expect((await post('relist')).json().title).toBe('该物品已上架');
  });

  it('filters the list by search, kind, status and low stock', async () => {
    const service = await createItem(ctx, sw, { name: '阿芳理发店剪发券', kind: 'service', stock: 2 });
    const list = async (query: string) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/shop-items?${query}`, headers: sw })).json();
    expect((await list(`q=${encodeURIComponent('理发')}`)).items.map((i: { id: string }) => i.id)).toEqual([
      service,
    ]);
    expect((await list('kind=service')).items.every((i: { kind: string }) => i.kind === 'service')).toBe(
      true,
    );
    const low = await list('lowStock=true&pageSize=200');
    expect(low.items.map((i: { id: string }) => i.id)).toContain(service);
    expect(low.items.every((i: { stock: number }) => i.stock < 5)).toBe(true);
    expect(
      (await list('status=withdrawn')).items.every((i: { status: string }) => i.status === 'withdrawn'),
    ).toBe(true);
  });

  it('hides an item from another community (404) and refuses staff routes to a volunteer (403)', async () => {
    const id = await createItem(ctx, sw);
    const jinshang = await ctx.signIn('jinshang.staff');
    const read = await ctx.request({ method: 'GET', url: `/api/v1/shop-items/${id}`, headers: jinshang });
    expect(read.statusCode).toBe(404);
    expect(read.json().title).toBe('物品不存在');
    const list = await ctx.request({
      method: 'GET',
      url: '/api/v1/shop-items?pageSize=200',
      headers: jinshang,
    });
    expect(list.body).not.toContain(id);
    const restock = await ctx.request({
      method: 'POST',
      url: `/api/v1/shop-items/${id}/restock`,
      headers: jinshang,
      payload: { quantity: 1, reason: '越权' },
    });
    expect(restock.statusCode).toBe(404);
    const volunteer = await ctx.signIn('volunteer1');
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/shop-items',
      headers: volunteer,
      payload: itemInput,
    });
    expect(created.statusCode).toBe(403);
    expect(created.json().title).toBe('您没有权限执行此操作');
    const street = await ctx.signIn('jiangtou.admin');
    expect(
      (await ctx.request({ method: 'GET', url: `/api/v1/shop-items/${id}`, headers: street })).statusCode,
    ).toBe(200);
  });
});

describe('stock-takes', () => {
  it('books stock plus held quantities, adjusts the stock to the count, and wants a reason for a difference', async () => {
    const id = await createItem(ctx, sw, { stock: 10, pricePoints: 5 });
    const volunteerId = await volunteerIdOf(ctx, 'volunteer1', sw);
    await credit(ctx, sw, volunteerId, 10);
    expect((await redeemAs(ctx, sw, id, { quantity: 2, volunteerId })).statusCode).toBe(201);
    const take = (payload: object) =>
      ctx.request({ method: 'POST', url: `/api/v1/shop-items/${id}/stock-takes`, headers: sw, payload });

    const before = await shopState(ctx.database.db, id, [volunteerId]);
    const noReason = await take({ countedQuantity: 9 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().title).toBe('盘点数量与账面不符，请填写差异原因');
    const belowHeld = await take({ countedQuantity: 1, reason: '丢失' });
    expect(belowHeld.statusCode).toBe(409);
    expect(belowHeld.json().title).toBe('盘点数量少于待领取的兑换数量，请先取消相应兑换再盘点');
    expect(await shopState(ctx.database.db, id, [volunteerId])).toEqual(before);

    const counted = await take({ countedQuantity: 9, reason: '一袋破损' });
    expect(counted.statusCode).toBe(201);
    expect(counted.json()).toMatchObject({ bookQuantity: 10, countedQuantity: 9, reason: '一袋破损' });
    const item = (await ctx.request({ method: 'GET', url: `/api/v1/shop-items/${id}`, headers: sw })).json();
    expect(item).toMatchObject({ stock: 7, heldQuantity: 2 });
    expect(await auditEntriesOf(ctx.database.db, counted.json().id, 'shop.stock_take')).toHaveLength(1);

    // A count equal to the books needs no reason.
    expect((await take({ countedQuantity: 9 })).statusCode).toBe(201);
    const list = await ctx.request({ method: 'GET', url: `/api/v1/stock-takes?itemId=${id}`, headers: sw });
    expect(list.json().total).toBe(2);
    const jinshang = await ctx.signIn('jinshang.staff');
    const other = await ctx.request({
      method: 'GET',
      url: '/api/v1/stock-takes?pageSize=200',
      headers: jinshang,
    });
    expect(other.body).not.toContain(counted.json().id);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { unitOf } from '../testing/fixtures';
import { createTestContext, type TestContext } from '../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type Item = { key: string; count: number; link: string };
const todo = async (headers: Record<string, string>): Promise<Item[]> =>
  (await ctx.request({ method: 'GET', url: '/api/v1/home/todo', headers })).json().items;
const countIn = async (table: string, status: string, path: string) =>
  (
    await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int n from ${sql.identifier(table)} where status = ${status} and org_path like ${`${path}%`}`,
    )
  )[0].n;

describe("the home page's today", () => {
  it('gives a social worker counts of what waits in their community, and they follow the work', async () => {
    const sw = await ctx.signIn('yuanshan.sw');
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const items = await todo(sw);
    const line = (key: string) => items.find((i) => i.key === key);
    const proposed = await countIn('service_records', 'proposed', yuanshan.path);
    expect(proposed).toBeGreaterThan(0);
    expect(line('volunteers.todo.hoursToApprove')).toMatchObject({
      count: proposed,
      link: '/volunteers/hours',
    });
    expect(line('shop.todo.toHandOver')?.count).toBe(await countIn('redemptions', 'held', yuanshan.path));
    expect(items.every((i) => i.count > 0)).toBe(true);

    const [record] = await queryRows<{ id: string }>(
      ctx.database.db,
      sql`select id from service_records where status = 'proposed' and org_path like ${`${yuanshan.path}%`} limit 1`,
    );
    const approved = await ctx.request({
      method: 'POST',
      url: `/api/v1/service-records/${record.id}/approve`,
      headers: sw,
      payload: {},
    });
    expect(approved.statusCode).toBe(200);
    const after = (await todo(sw)).find((i) => i.key === 'volunteers.todo.hoursToApprove')?.count ?? 0;
    expect(after).toBe(proposed - 1);
  });

  it('shows a resident nothing of the staff’s work, and another community none of 园山’s', async () => {
    expect(await todo(await ctx.signIn('resident1'))).toEqual([]);
    const jinshang = await unitOf(ctx.database.db, '金尚社区');
    const other = await todo(await ctx.signIn('jinshang.sw'));
    const hours = other.find((i) => i.key === 'volunteers.todo.hoursToApprove')?.count ?? 0;
    expect(hours).toBe(await countIn('service_records', 'proposed', jinshang.path));
  });
});

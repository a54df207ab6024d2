import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestAuditEntry, unitOf } from '../../testing/fixtures';
import { expectBadSelectionsRefused, exportSelected, idOutside, sheetRows } from '../../testing/selection';
import { createTestContext, type TestContext } from '../../testing/test-app';

type Listed = { id: string; name: string; volunteerNo: string; idNumberMasked: string };

let ctx: TestContext;
let staff: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
});
afterAll(() => ctx.close());

const page = async (n: number): Promise<Listed[]> =>
  (
    await ctx.request({ method: 'GET', url: `/api/v1/volunteers?page=${n}&pageSize=5`, headers: staff })
  ).json().items;

describe('the volunteer registry export', () => {
  it('writes exactly the ticked volunteers of two pages, masked as listed, skips an outsider, and audits', async () => {
    const [first, second] = [await page(1), await page(2)];
    const ticked = [first[0], first[4], second[3]];
    const foreign = await idOutside(ctx, 'volunteers', (await unitOf(ctx.database.db, '园山社区')).path);
    const rows = await exportSelected(
      ctx,
      '/api/v1/volunteers/export',
      [...ticked.map((v) => v.id), foreign],
      staff,
      'volunteers.export',
    );
    expect(rows.map((r) => [r[0], r[1], r[5]]).sort()).toEqual(
      ticked.map((v) => [v.name, v.volunteerNo, v.idNumberMasked]).sort(),
    );
  });

  it('exports the filtered list without a selection, and only to those who may read the registry', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/volunteers/export?role=backbone',
      headers: staff,
    });
    const rows = await sheetRows(res.rawPayload);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === '骨干')).toBe(true);
    const audit = await latestAuditEntry(ctx.database.db, 'volunteers.export');
    expect(audit.detail).toMatchObject({
      count: rows.length,
      selection: false,
      filter: { role: 'backbone' },
    });
    const resident = await ctx.signIn('resident1');
    expect(
      (await ctx.request({ method: 'GET', url: '/api/v1/volunteers/export', headers: resident })).statusCode,
    ).toBe(403);
  });

  it('refuses a malformed id and too many ids in Chinese', async () => {
    await expectBadSelectionsRefused(ctx, '/api/v1/volunteers/export', staff);
  });
});

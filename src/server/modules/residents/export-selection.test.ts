import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestAuditEntry, unitOf } from '../../testing/fixtures';
import { expectBadSelectionsRefused, exportSelected, idOutside, selectionUrl } from '../../testing/selection';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { rosterHeaders } from './roster-format';

type Listed = { id: string; name: string; idNumberMasked: string };

let ctx: TestContext;
let staff: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
});
afterAll(() => ctx.close());

const page = async (n: number): Promise<Listed[]> =>
  (await ctx.request({ method: 'GET', url: `/api/v1/residents?page=${n}&pageSize=5`, headers: staff })).json()
    .items;

describe('exporting the residents ticked on the list', () => {
  it('writes exactly the ticked rows of two pages, masked, skips an id of another community, and audits', async () => {
    const [first, second] = [await page(1), await page(2)];
    const ticked = [first[0], first[3], second[1]];
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const foreign = await idOutside(ctx, 'residents', yuanshan.path);
    const rows = await exportSelected(
      ctx,
      '/api/v1/residents/export',
      [...ticked.map((r) => r.id), foreign],
      staff,
      'residents.export',
    );
    const idColumn = rosterHeaders.indexOf('证件号码');
    expect(rows.map((r) => r[idColumn]).sort()).toEqual(ticked.map((r) => r.idNumberMasked).sort());
    expect(rows.map((r) => r[0]).sort()).toEqual(ticked.map((r) => r.name).sort());
    const audit = await latestAuditEntry(ctx.database.db, 'residents.export');
    expect(audit.detail).toMatchObject({ whole: false });
  });

  it('keeps the rules of the whole-list export: staff only, a whole one needs a reason', async () => {
    const [one] = await page(1);
    const url = selectionUrl('/api/v1/residents/export', [one.id]);
    const sw = await ctx.signIn('yuanshan.sw');
    expect((await ctx.request({ method: 'GET', url, headers: sw })).statusCode).toBe(403);
    const unexplained = await ctx.request({ method: 'GET', url: `${url}&whole=true`, headers: staff });
    expect(unexplained.json().code).toBe('residents.reason_required');
  });

  it('refuses a malformed id and too many ids in Chinese', async () => {
    await expectBadSelectionsRefused(ctx, '/api/v1/residents/export', staff);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitOf } from '../../testing/fixtures';
import { expectBadSelectionsRefused, exportSelected, idOutside, sheetRows } from '../../testing/selection';
import { createTestContext, type TestContext } from '../../testing/test-app';

type Listed = { id: string; title: string; kind: 'event' | 'group' };

let ctx: TestContext;
let staff: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
});
afterAll(() => ctx.close());

const listed = async (query = ''): Promise<Listed[]> =>
  (await ctx.request({ method: 'GET', url: `/api/v1/activities${query}`, headers: staff })).json().items;

describe('the activity list export', () => {
  it('writes exactly the ticked activities, skips one of another community, and audits', async () => {
    const all = await listed();
    // The list pages in the browser: the first two and the last.
    const ticked = [all[0], all[1], all[all.length - 1]];
    const foreign = await idOutside(ctx, 'activities', (await unitOf(ctx.database.db, '园山社区')).path);
    const rows = await exportSelected(
      ctx,
      '/api/v1/activities/export',
      [...ticked.map((a) => a.id), foreign],
      staff,
      'activities.export',
    );
    expect(rows.map((r) => r[0]).sort()).toEqual(ticked.map((a) => a.title).sort());
  });

  it('exports the filtered list without a selection', async () => {
    const groups = await listed('?kind=group');
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/activities/export?kind=group',
      headers: staff,
    });
    const rows = await sheetRows(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual(groups.map((a) => a.title));
    expect(rows.every((r) => r[2] === '小组')).toBe(true);
  });

  it('refuses a malformed id and too many ids in Chinese', async () => {
    await expectBadSelectionsRefused(ctx, '/api/v1/activities/export', staff);
  });
});

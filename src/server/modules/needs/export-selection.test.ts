import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBadSelectionsRefused, exportSelected } from '../../testing/selection';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let staff: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
});
afterAll(() => ctx.close());

const page = async (n: number): Promise<{ id: string; title: string }[]> =>
  (await ctx.request({ method: 'GET', url: `/api/v1/needs?page=${n}&pageSize=5`, headers: staff })).json()
    .items;

describe('exporting the needs ticked on the list', () => {
  it('writes exactly the ticked needs of two pages, skips one of another community, and audits', async () => {
    const [first, second] = [await page(1), await page(2)];
    const ticked = [first[1], second[0], second[2]];
    // The demo keeps needs in 园山 only: 金尚's staff raise one there.
    const raised = await ctx.request({
      method: 'POST',
      url: '/api/v1/needs',
      headers: await ctx.signIn('jinshang.staff'),
      payload: {
        title: '金尚社区的需求',
        description: '',
        category: 'facilities',
        targetGroup: 'elderly',
        priority: 'normal',
        source: { kind: 'staff' },
      },
    });
    expect(raised.statusCode).toBe(201);
    const foreign: string = raised.json().id;
    const rows = await exportSelected(
      ctx,
      '/api/v1/needs/export',
      [...ticked.map((n) => n.id), foreign],
      staff,
      'needs.export',
    );
    expect(rows.map((r) => r[0]).sort()).toEqual(ticked.map((n) => n.title).sort());
  });

  it('refuses a malformed id and too many ids in Chinese', async () => {
    await expectBadSelectionsRefused(ctx, '/api/v1/needs/export', staff);
  });
});

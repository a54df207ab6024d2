import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { needEvents, needs } from './schema';

// Needs of March 2019, long before the demo year, so only these rows count in that month.
let ctx: TestContext;

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.db;
  const yuanshan = await unitOf(db, '园山社区');
  const jinshang = await unitOf(db, '金尚社区');
  const need = (
    unit: { id: string; path: string },
    category: 'health' | 'safety',
    raised: string,
    end?: { status: 'resolved' | 'declined'; on: string },
  ) => ({
    orgUnitId: unit.id,
    orgPath: unit.path,
    title: `2019年${category}`,
    category,
    targetGroup: 'allResidents' as const,
    status: end?.status ?? ('accepted' as const),
    sourceKind: 'staff' as const,
    raisedAt: at(raised),
    acceptedAt: end?.status === 'declined' ? null : at(raised),
    resolvedAt: end?.status === 'resolved' ? at(end.on) : null,
    createdBy: '测试',
  });
  const rows = await db
    .insert(needs)
    .values([
      // 园山: resolved in 2, 6 and 20 days (median 6), one still open, one declined.
      need(yuanshan, 'health', '2019-03-01', { status: 'resolved', on: '2019-03-03' }),
      need(yuanshan, 'health', '2019-03-02', { status: 'resolved', on: '2019-03-08' }),
      need(yuanshan, 'safety', '2019-03-04', { status: 'resolved', on: '2019-03-24' }),
      need(yuanshan, 'safety', '2019-03-05'),
      need(yuanshan, 'safety', '2019-03-06', { status: 'declined', on: '2019-03-07' }),
      // 金尚: one resolved in 10 days; one raised in February and resolved in March (counts as resolved only).
      need(jinshang, 'health', '2019-03-10', { status: 'resolved', on: '2019-03-20' }),
      need(jinshang, 'health', '2019-02-20', { status: 'resolved', on: '2019-03-02' }),
    ])
    .returning({ id: needs.id, orgPath: needs.orgPath, status: needs.status, raisedAt: needs.raisedAt });
  const declined = rows.find((r) => r.status === 'declined');
  if (declined)
    await db.insert(needEvents).values({
      needId: declined.id,
      orgPath: declined.orgPath,
      kind: 'declined',
      at: at('2019-03-07'),
    });
});
afterAll(() => ctx.close());

const figuresAs = async (username: string, query: string) =>
  ctx.request({
    method: 'GET',
    url: `/api/v1/deliberation-figures?from=2019-03-01&to=2019-03-31${query}`,
    headers: await ctx.signIn(username),
  });

describe('deliberation figures', () => {
  it('gives a street its own total and one row per community, each computed for itself', async () => {
    const res = await figuresAs('jiangtou.admin', '');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.needs).toEqual({ raised: 6, accepted: 5, resolved: 5, declined: 1, medianDaysToResolve: 10 });
    const row = (name: string) => body.byUnit.find((u: { name: string }) => u.name === name);
    expect(row('园山社区').needs).toEqual({
      raised: 5,
      accepted: 4,
      resolved: 3,
      declined: 1,
      medianDaysToResolve: 6,
    });
    expect(row('金尚社区').needs).toEqual({
      raised: 1,
      accepted: 1,
      resolved: 2,
      declined: 0,
      medianDaysToResolve: 10,
    });
    expect(body.needsByCategory).toEqual([
      expect.objectContaining({ category: 'health', raised: 3, resolved: 4, medianDaysToResolve: 8 }),
      expect.objectContaining({ category: 'safety', raised: 3, resolved: 1, declined: 1 }),
    ]);
    expect(body.meetings).toMatchObject({ meetingsHeld: 0, decisions: 0 });
    expect(body.suggestions).toMatchObject({ received: 0, medianHoursToReply: null });
  });

  it('shows a community only its own needs, and a reviewer the figures too', async () => {
    const own = (await figuresAs('jinshang.staff', '')).json();
    expect(own.needs).toMatchObject({ raised: 1, resolved: 2 });
    expect(own.byUnit).toEqual([]);
    expect((await figuresAs('reviewer1', '')).statusCode).toBe(200);
    expect((await figuresAs('volunteer1', '')).statusCode).toBe(403);
  });

  it("answers 404 for a unit outside the caller's scope", async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const res = await figuresAs('jinshang.staff', `&orgUnitId=${yuanshan.id}`);
    expect(res.statusCode).toBe(404);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_RULE } from '../../../core/points/rules';
import { createFieldCrypto } from '../../crypto/field-crypto';
import { queryRows } from '../../db/client';
import { systemClock } from '../../platform/clock';
import { fingerprint, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { testSecrets } from '../../testing/test-secrets';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';
import { serviceRecords } from './schema';

let ctx: TestContext;
let sw: Record<string, string>;
let yuanshan: { id: string; path: string };
let a: TestVolunteer;
let b: TestVolunteer;
let left: TestVolunteer;
let jinshangVolunteer: TestVolunteer;

const tables = ['commendations', 'volunteers', 'points_ledger', 'points_accounts'];

/** An approved (or only proposed) service record of a volunteer, written straight to the table. */
function record(
  v: TestVolunteer,
  serviceDate: string,
  minutes: number,
  status: 'approved' | 'proposed' = 'approved',
) {
  return {
    orgUnitId: v.orgUnitId,
    orgPath: v.orgPath,
    volunteerId: v.id,
    serviceDate,
    place: '园山社区',
    content: '探访独居老人',
    proposedMinutes: minutes,
    minutes: status === 'approved' ? minutes : null,
    status,
    createdBy: 'test',
  };
}

const ledgerSum = async (sourceId: string) => {
  const [row] = await queryRows<{ sum: number }>(
    ctx.database.db,
    sql`select coalesce(sum(amount), 0)::int as sum from points_ledger where source_id = ${sourceId}`,
  );
  return row.sum;
};

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  const db = ctx.database.db;
  const crypto = createFieldCrypto(testSecrets);
  yuanshan = await unitOf(db, '园山社区');
  [a, b, left] = await insertTestVolunteers(db, crypto, yuanshan, 3, 'CR');
  [jinshangVolunteer] = await insertTestVolunteers(db, crypto, await unitOf(db, '金尚社区'), 1, 'CJ');
  await ctx.request({
    method: 'POST',
    url: `/api/v1/volunteers/${left.id}/status`,
    headers: sw,
    payload: { status: 'left', reason: '搬离社区' },
  });
  await db
    .insert(serviceRecords)
    .values([
      record(a, '2026-11-03', 120),
      record(a, '2026-10-01', 60),
      record(a, '2026-11-05', 600, 'proposed'),
      record(b, '2026-11-10', 90),
      record(jinshangVolunteer, '2026-11-11', 300),
    ]);
});
afterAll(() => ctx.close());

const post = (url: string, headers: Record<string, string>, payload: object) =>
  ctx.request({ method: 'POST', url, headers, payload });
const get = (url: string, headers: Record<string, string>) => ctx.request({ method: 'GET', url, headers });

describe('commendations (表扬)', () => {
  it('credits the bonus points once, in the ledger, and grants priority when asked', async () => {
    const res = await post('/api/v1/commendations', sw, {
      volunteerId: b.id,
      period: '2026-11',
      title: '十一月服务之星',
      reason: '坚持每周探访',
      grantPriority: true,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ volunteerId: b.id, period: '2026-11', title: '十一月服务之星' });
    // 园山 keeps no rule of its own here: the default rule's bonus (core/points/rules.ts).
    expect(body.pointsAwarded).toBe(DEFAULT_POINTS_RULE.commendationBonus);
    expect(await ledgerSum(body.id)).toBe(body.pointsAwarded);
    expect((await get(`/api/v1/volunteers/${b.id}`, sw)).json().priority).toBe(true);
    const mine = await get(`/api/v1/volunteers/${b.id}/commendations`, sw);
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([body.id]);
    const list = await get('/api/v1/commendations?period=2026-11', sw);
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('refuses a bad period, a volunteer who left and another unit’s volunteer, writing nothing', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const badPeriod = await post('/api/v1/commendations', sw, {
      volunteerId: a.id,
      period: '2026-13',
      title: '表扬',
    });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().title).toBe('提交的内容有误，请检查标出的字段');
    const gone = await post('/api/v1/commendations', sw, {
      volunteerId: left.id,
      period: '2026',
      title: '表扬',
    });
    expect(gone.statusCode).toBe(400);
    expect(gone.json().title).toBe('所选志愿者不属于本社区或不在册');
    const foreign = await post('/api/v1/commendations', sw, {
      volunteerId: jinshangVolunteer.id,
      period: '2026',
      title: '表扬',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe('志愿者不存在');
    const volunteer = await ctx.signIn('volunteer1');
    const byVolunteer = await post('/api/v1/commendations', volunteer, {
      volunteerId: a.id,
      period: '2026',
      title: '表扬',
    });
    expect(byVolunteer.statusCode).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const other = await ctx.signIn('jinshang.sw');
    expect((await get(`/api/v1/volunteers/${b.id}/commendations`, other)).statusCode).toBe(404);
    expect((await get('/api/v1/commendations', other)).body).not.toContain(b.id);
  });
});

describe('rankings', () => {
  it('ranks approved hours of the month per volunteer, team and community, within scope', async () => {
    const team = await post('/api/v1/volunteer-teams', sw, { name: '排行测试总支' });
    for (const v of [a, b])
      await post(`/api/v1/volunteer-teams/${team.json().id}/members`, sw, { volunteerId: v.id });
    const byVolunteer = (await get('/api/v1/volunteer-rankings?period=2026-11&by=volunteer', sw)).json();
    const mine = byVolunteer.items.filter((i: { id: string }) => [a.id, b.id].includes(i.id));
    expect(mine).toMatchObject([
      { id: a.id, approvedMinutes: 120, hours: 2 },
      { id: b.id, approvedMinutes: 90, hours: 1.5 },
    ]);
    expect(byVolunteer.items.map((i: { id: string }) => i.id)).not.toContain(jinshangVolunteer.id);
    const byTeam = (await get('/api/v1/volunteer-rankings?period=2026-11&by=team', sw)).json();
    expect(byTeam.items.find((i: { id: string }) => i.id === team.json().id)).toMatchObject({
      approvedMinutes: 210,
    });
    const year = (await get('/api/v1/volunteer-rankings?period=2026&by=volunteer', sw)).json();
    expect(year.items.find((i: { id: string }) => i.id === a.id)).toMatchObject({
      approvedMinutes: 180,
      hours: 3,
    });
    const street = await ctx.signIn('jiangtou.admin');
    const byCommunity = (await get('/api/v1/volunteer-rankings?period=2026-11&by=community', street)).json();
    const names = byCommunity.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(expect.arrayContaining(['园山社区', '金尚社区']));
    expect(
      byCommunity.items.find((i: { id: string }) => i.id === yuanshan.id).approvedMinutes,
    ).toBeGreaterThanOrEqual(210);
    const bad = await get('/api/v1/volunteer-rankings?period=26-11', sw);
    expect(bad.statusCode).toBe(400);
    expect(
      (await get('/api/v1/volunteer-rankings?period=2026', await ctx.signIn('volunteer1'))).statusCode,
    ).toBe(403);
  });

  it("counts the points earned in the period from the ledger (the commendation's bonus this month)", async () => {
    const month = systemClock.today().slice(0, 7);
    const commended = await post('/api/v1/commendations', sw, {
      volunteerId: a.id,
      period: month,
      title: '本月之星',
    });
    const awarded = commended.json().pointsAwarded as number;
    const ranking = (await get(`/api/v1/volunteer-rankings?period=${month}&by=volunteer`, sw)).json();
    const entry = ranking.items.find((i: { id: string }) => i.id === a.id);
    expect(awarded).toBeGreaterThan(0);
    expect(entry.pointsEarned).toBe(awarded);
  });
});

import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { fingerprint, latestAuditEntry, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';

let ctx: TestContext;
let sw: Record<string, string>;
let staff: Record<string, string>;
let me: Record<string, string>;
let other: Record<string, string>;
let people: TestVolunteer[];
let myVolunteerId: string;
const tables = [
  'volunteer_positions',
  'volunteer_shifts',
  'service_records',
  'service_record_corrections',
  'volunteer_settings',
  'volunteer_certificates',
  'points_ledger',
];

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const daysAgo = (n: number) =>
  new Date(Date.parse(`${shanghaiToday}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const post = (url: string, headers: Record<string, string>, payload: object = {}) =>
  ctx.request({ method: 'POST', url, headers, payload });
const get = (url: string, headers: Record<string, string>) => ctx.request({ method: 'GET', url, headers });

async function publishedActivity(): Promise<string> {
  const created = await post('/api/v1/activities', sw, {
    title: '志愿岗位测试活动',
    brands: [],
    targetGroups: ['elderly'],
    place: '园山活动室',
    sessions: [{ startsAt: hours(24), endsAt: hours(27) }],
    capacity: 20,
    registrationOpensAt: hours(-24),
    registrationClosesAt: hours(23),
    cancellationDeadline: hours(12),
  });
  expect(created.statusCode).toBe(201);
  expect((await post(`/api/v1/activities/${created.json().id}/publish`, sw)).statusCode).toBe(200);
  return created.json().id;
}

async function position(activityId: string, count: number): Promise<string> {
  const res = await post(`/api/v1/activities/${activityId}/volunteer-positions`, sw, {
    title: '秩序维护',
    content: '引导居民入场',
    place: '园山活动室门口',
    count,
    startsAt: hours(24),
    endsAt: hours(26),
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** Moves a position's window to yesterday 09:00–11:00 Shanghai time: the day has come and gone. */
async function happenedYesterday(positionId: string) {
  const start = `${daysAgo(1)}T09:00:00+08:00`;
  const end = `${daysAgo(1)}T11:00:00+08:00`;
  await ctx.database.db.execute(
    sql`update volunteer_positions set starts_at = ${start}, ends_at = ${end} where id = ${positionId}`,
  );
  return { at: (hhmm: string) => `${daysAgo(1)}T${hhmm}:00+08:00` };
}

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  staff = await ctx.signIn('yuanshan.staff');
  other = await ctx.signIn('jinshang.sw');
  me = await ctx.signIn('volunteer1');
  const yuanshan = await unitOf(ctx.database.db, '园山社区');
  people = await insertTestVolunteers(ctx.database.db, ctx.app.services.crypto, yuanshan, 120, 'SH');
  const own = await get('/api/v1/me/volunteer', me);
  if (own.statusCode === 404) {
    const applied = await post('/api/v1/me/volunteer-application', me, { affiliation: 'resident' });
    expect(applied.statusCode).toBe(201);
    expect((await post(`/api/v1/volunteers/${applied.json().id}/approve`, staff)).statusCode).toBe(200);
  }
  myVolunteerId = (await get('/api/v1/me/volunteer', me)).json().id;
});
afterAll(() => ctx.close());

describe('unit settings', () => {
  it('answers the defaults, stores valid settings and refuses bad bands in Chinese', async () => {
    expect((await get('/api/v1/volunteer-settings', sw)).json()).toMatchObject({
      isDefault: true,
      lateAfterDays: 7,
      starThresholdHours: [100, 300, 600, 1000, 1500],
    });
    const before = await fingerprint(ctx.database.db, tables);
    const bad = await ctx.request({
      method: 'PUT',
      url: '/api/v1/volunteer-settings',
      headers: sw,
      payload: {
        rounding: [
          { upToMinutes: 45, minutes: 30 },
          { upToMinutes: 15, minutes: 0 },
        ],
        starThresholdHours: [100, 300, 600, 1000, 1500],
        lateAfterDays: 7,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('取整档位');
    const volunteer = await ctx.request({
      method: 'PUT',
      url: '/api/v1/volunteer-settings',
      headers: me,
      payload: {},
    });
    expect(volunteer.statusCode).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const good = await ctx.request({
      method: 'PUT',
      url: '/api/v1/volunteer-settings',
      headers: sw,
      payload: {
        rounding: [
          { upToMinutes: 15, minutes: 0 },
          { upToMinutes: 45, minutes: 30 },
          { upToMinutes: 60, minutes: 60 },
        ],
        starThresholdHours: [100, 300, 600, 1000, 1500],
        lateAfterDays: 7,
        certificateResponsible: '王主任',
        certificateHandler: '陈思远',
        certificateContact: '0592-5550000',
      },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ isDefault: false, certificateResponsible: '王主任' });
    expect((await latestAuditEntry(ctx.database.db, 'volunteers.settings')).actorName).toBeTruthy();
  });
});

describe('positions and sign-ups', () => {
  it('lets a volunteer sign up from the phone, never past the count, and withdraw before the start', async () => {
    const activityId = await publishedActivity();
    const id = await position(activityId, 1);
    const open = (await get('/api/v1/me/volunteer-positions', me)).json().items;
    expect(open.map((p: { id: string }) => p.id)).toContain(id);
    const signed = await post(`/api/v1/volunteer-positions/${id}/shifts`, me);
    expect(signed.statusCode).toBe(201);
    const mine = (await get('/api/v1/me/volunteer-positions', me)).json().items;
    expect(mine.find((p: { id: string }) => p.id === id)?.myShiftId).toBe(signed.json().id);
    const again = await post(`/api/v1/volunteer-positions/${id}/shifts`, me);
    expect(again.statusCode).toBe(409);
    const full = await post(`/api/v1/volunteer-positions/${id}/roster`, sw, { volunteerId: people[0].id });
    expect(full.statusCode).toBe(409);
    expect(full.json().title).toBe('该岗位名额已满');
    // A position with sign-ups is neither deleted nor shrunk below them.
    const del = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/volunteer-positions/${id}`,
      headers: sw,
    });
    expect(del.statusCode).toBe(409);
    expect(del.json().title).toContain('已有志愿者报名');
    const cancel = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/me/volunteer-shifts/${signed.json().id}`,
      headers: me,
    });
    expect(cancel.statusCode).toBe(204);
    expect(
      (await post(`/api/v1/volunteer-positions/${id}/roster`, sw, { volunteerId: people[0].id })).statusCode,
    ).toBe(201);
  });

  it('hides 园山 positions from 金尚 staff (404) and refuses staff routes to volunteers (403)', async () => {
    const id = await position(await publishedActivity(), 2);
    const before = await fingerprint(ctx.database.db, tables);
    const patch = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/volunteer-positions/${id}`,
      headers: other,
      payload: { count: 5 },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().title).toBe('志愿岗位不存在');
    expect((await get(`/api/v1/volunteer-positions/${id}/shifts`, other)).statusCode).toBe(404);
    expect(
      (await post(`/api/v1/volunteer-positions/${id}/roster`, me, { volunteerId: people[1].id })).statusCode,
    ).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('fills a position of 10 with exactly 10 of 100 parallel sign-ups', async () => {
    const id = await position(await publishedActivity(), 10);
    const outcomes = await Promise.all(
      people
        .slice(10, 110)
        .map((p) => post(`/api/v1/volunteer-positions/${id}/roster`, sw, { volunteerId: p.id })),
    );
    expect(outcomes.filter((o) => o.statusCode === 201)).toHaveLength(10);
    expect(outcomes.filter((o) => o.statusCode === 409)).toHaveLength(90);
    const [row] = await queryRows<{ filled: number; live: number }>(
      ctx.database.db,
      sql`select filled, (select count(*)::int from volunteer_shifts s where s.position_id = p.id and s.status <> 'cancelled') as live
        from volunteer_positions p where p.id = ${id}`,
    );
    expect(row).toEqual({ filled: 10, live: 10 });
  });
});

describe('check-in, check-out and service records', () => {
  it('proposes rounded minutes clipped to the position window, approved by staff with points credited', async () => {
    const id = await position(await publishedActivity(), 3);
    const mine = (await post(`/api/v1/volunteer-positions/${id}/shifts`, me)).json().id;
    const theirs = (
      await post(`/api/v1/volunteer-positions/${id}/roster`, sw, { volunteerId: people[2].id })
    ).json().id;
    const { at } = await happenedYesterday(id);
    // Arrived early, left late: only 09:00–11:00 counts.
    expect(
      (await post(`/api/v1/volunteer-shifts/${mine}/check-in`, sw, { at: at('08:30') })).statusCode,
    ).toBe(200);
    const early = await post(`/api/v1/volunteer-shifts/${mine}/check-out`, sw, { at: at('08:00') });
    expect(early.statusCode).toBe(400);
    expect(early.json().title).toContain('签退时间不能早于签到时间');
    const out = await post(`/api/v1/volunteer-shifts/${mine}/check-out`, sw, { at: at('11:40') });
    expect(out.statusCode).toBe(200);
    // 09:10–10:30 = 80 minutes: one hour and 20 minutes, which rounds to half an hour.
    await post(`/api/v1/volunteer-shifts/${theirs}/check-in`, sw, { at: at('09:10') });
    await post(`/api/v1/volunteer-shifts/${theirs}/check-out`, sw, { at: at('10:30') });
    const roster = (await get(`/api/v1/volunteer-positions/${id}/shifts`, sw)).json().items;
    expect(roster.every((s: { recordId: string | null }) => s.recordId)).toBe(true);
    const records = (await get(`/api/v1/service-records?status=proposed&pageSize=200`, sw)).json().items;
    const myRecord = records.find((r: { volunteerId: string }) => r.volunteerId === myVolunteerId);
    const theirRecord = records.find((r: { volunteerId: string }) => r.volunteerId === people[2].id);
    expect(myRecord).toMatchObject({
      proposedMinutes: 120,
      serviceDate: daysAgo(1),
      place: '园山活动室门口',
      late: false,
    });
    expect(theirRecord.proposedMinutes).toBe(90);

    const before = await fingerprint(ctx.database.db, tables);
    const noReason = await post(`/api/v1/service-records/${myRecord.id}/approve`, sw, { minutes: 60 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().title).toBe('核定时长与登记时长不同，请填写更正原因');
    expect((await post(`/api/v1/service-records/${myRecord.id}/approve`, other, {})).statusCode).toBe(404);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);

    const approved = await post(`/api/v1/service-records/${myRecord.id}/approve`, sw, {});
    expect(approved.json()).toMatchObject({ status: 'approved', minutes: 120 });
    expect((await post(`/api/v1/service-records/${myRecord.id}/approve`, sw, {})).statusCode).toBe(409);
    const [earned] = await queryRows<{ amount: number; reason: string }>(
      ctx.database.db,
      sql`select amount, reason from points_ledger where source_type = 'serviceRecord' and source_id = ${myRecord.id}`,
    );
    // By the unit's points rule in force, for the approved two hours.
    expect(earned.amount).toBeGreaterThan(0);
    expect(earned.reason).toBe('志愿服务 2 小时');
    const rejected = await post(`/api/v1/service-records/${theirRecord.id}/reject`, sw, {
      reason: '未实际到岗',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '未实际到岗' });

    const own = (await get('/api/v1/me/service-records', me)).json();
    expect(own.approvedMinutes).toBeGreaterThanOrEqual(120);
    expect(own.stars).toBe(0);
  });

  it('enters hours outside an activity, flags late ones and refuses a future date', async () => {
    const volunteerId = people[3].id;
    const before = await fingerprint(ctx.database.db, tables);
    const future = await post('/api/v1/service-records', sw, {
      volunteerId,
      serviceDate: daysAgo(-2),
      place: '居民家中',
      content: '探访陪同',
      minutes: 60,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().title).toBe('服务日期不能晚于今天');
    expect(
      (
        await post('/api/v1/service-records', other, {
          volunteerId,
          serviceDate: daysAgo(1),
          place: '家中',
          content: '探访',
          minutes: 60,
        })
      ).statusCode,
    ).toBe(404);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const late = await post('/api/v1/service-records', sw, {
      volunteerId,
      serviceDate: daysAgo(10),
      place: '居民家中',
      content: '探访陪同',
      minutes: 90,
    });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({
      status: 'proposed',
      late: true,
      proposedMinutes: 90,
      activityId: null,
    });
    const timely = await post('/api/v1/service-records', sw, {
      volunteerId,
      serviceDate: daysAgo(2),
      place: '居民家中',
      content: '探访陪同',
      minutes: 60,
    });
    expect(timely.json().late).toBe(false);
    const lateOnly = (await get(`/api/v1/service-records?late=true&volunteerId=${volunteerId}`, sw)).json();
    expect(lateOnly.items.map((r: { id: string }) => r.id)).toEqual([late.json().id]);
    const corrected = await post(`/api/v1/service-records/${timely.json().id}/approve`, sw, {
      minutes: 30,
      correctionReason: '实际服务半小时',
    });
    expect(corrected.json()).toMatchObject({
      minutes: 30,
      proposedMinutes: 60,
      correctionReason: '实际服务半小时',
    });
  });
});

describe('corrections', () => {
  it('lets the volunteer ask, and accepting an approved record re-earns its points', async () => {
    const record = await post('/api/v1/service-records', sw, {
      volunteerId: myVolunteerId,
      serviceDate: daysAgo(1),
      place: '园山社区',
      content: '探访陪同',
      minutes: 60,
    });
    await post(`/api/v1/service-records/${record.json().id}/approve`, sw, {});
    const asked = await post(`/api/v1/me/service-records/${record.json().id}/corrections`, me, {
      requestedMinutes: 120,
      reason: '实际服务两小时',
    });
    expect(asked.statusCode).toBe(201);
    const twice = await post(`/api/v1/me/service-records/${record.json().id}/corrections`, me, {
      requestedMinutes: 90,
      reason: '再次申请',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toBe('该记录已有待处理的更正申请');
    const open = (await get('/api/v1/service-record-corrections', sw)).json().items;
    expect(open.map((c: { id: string }) => c.id)).toContain(asked.json().id);
    expect(
      (await post(`/api/v1/service-record-corrections/${asked.json().id}/accept`, other, {})).statusCode,
    ).toBe(404);
    const noAnswer = await post(`/api/v1/service-record-corrections/${asked.json().id}/decline`, sw, {});
    expect(noAnswer.statusCode).toBe(400);
    expect(
      (await post(`/api/v1/service-record-corrections/${asked.json().id}/accept`, sw, { answer: '已核实' }))
        .statusCode,
    ).toBe(204);
    const entries = await queryRows<{ amount: number }>(
      ctx.database.db,
      sql`select amount from points_ledger where source_id = ${record.json().id} order by created_at, amount`,
    );
    // The first earning (60 minutes) reversed, then earned again for 120 minutes.
    const first = entries[0].amount;
    expect(first).toBeGreaterThan(0);
    expect(entries.map((e) => e.amount).sort((a, b) => a - b)).toEqual([-first, first, 2 * first]);
    const [row] = await queryRows<{ minutes: number }>(
      ctx.database.db,
      sql`select minutes from service_records where id = ${record.json().id}`,
    );
    expect(row.minutes).toBe(120);
  });
});

describe('export and certificate', () => {
  it('exports the unit approved records with masked ID numbers for a social worker, audited', async () => {
    const res = await get(`/api/v1/service-records/export?from=${daysAgo(30)}&to=${shanghaiToday}`, sw);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(4).value).toBe('证件号码');
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(String(sheet.getRow(2).getCell(4).value)).toContain('*');
    expect((await latestAuditEntry(ctx.database.db, 'volunteers.records_export')).actorName).toBeTruthy();
    const bad = await get(`/api/v1/service-records/export?from=${shanghaiToday}&to=${daysAgo(3)}`, sw);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('起始日期不能晚于结束日期');
  });

  it('issues a numbered certificate of the unit own records only, and 400 when there are none', async () => {
    const res = await post(`/api/v1/volunteers/${myVolunteerId}/certificate`, sw);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const [cert] = await queryRows<{ certificate_no: string }>(
      ctx.database.db,
      sql`select certificate_no from volunteer_certificates where volunteer_id = ${myVolunteerId}`,
    );
    expect(cert.certificate_no).toMatch(new RegExp(`-${shanghaiToday.slice(0, 4)}-0001$`));
    expect((await post('/api/v1/me/certificate', me)).statusCode).toBe(200);
    const none = await post(`/api/v1/volunteers/${myVolunteerId}/certificate`, sw, {
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(none.statusCode, none.body).toBe(400);
    expect(none.json().title).toBe('所选期间没有本单位已审核的服务记录');
    expect((await post(`/api/v1/volunteers/${myVolunteerId}/certificate`, other)).statusCode).toBe(404);
    expect((await latestAuditEntry(ctx.database.db, 'volunteers.certificate')).actorName).toBeTruthy();
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { ServiceContext } from '../../platform/context';
import { inTransaction } from '../../platform/context';
import { actorOf } from '../../testing/actor';
import { auditEntriesOf, fingerprint, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';
import {
  adjustPoints,
  earnForCommendation,
  earnForServiceRecord,
  holdPoints,
  pointsBalances,
  pointsEarnedBetween,
  pointsFiguresByUnit,
  releaseHold,
  reverseEarning,
  settleHold,
} from './service';

type Headers = Record<string, string>;
let ctx: TestContext;
let sw: Headers;
let jinshangSw: Headers;
let yuanshanVolunteers: TestVolunteer[];
let jinshangVolunteers: TestVolunteer[];
const pointsTables = ['points_rules', 'points_accounts', 'points_ledger', 'audit_log'];

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  jinshangSw = await ctx.signIn('jinshang.sw');
  const { db } = ctx.database;
  const crypto = ctx.app.services.crypto;
  yuanshanVolunteers = await insertTestVolunteers(db, crypto, await unitOf(db, '园山社区'), 4, 'PTY');
  jinshangVolunteers = await insertTestVolunteers(db, crypto, await unitOf(db, '金尚社区'), 3, 'PTJ');
});
afterAll(() => ctx.close());

/** A service context as the auth hook gives the signed-in user (for the calls other modules make). */
async function serviceContextOf(headers: Headers): Promise<ServiceContext> {
  const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).json();
  const actor: Actor = actorOf({
    userId: me.user.id,
    username: me.user.username,
    name: me.user.name,
    memberships: me.memberships,
    membership: me.memberships[0],
  });
  return { ...ctx.app.services, actor };
}

const adjust = (headers: Headers, volunteerId: string, payload: object) =>
  ctx.request({
    method: 'POST',
    url: `/api/v1/points-accounts/${volunteerId}/adjustments`,
    headers,
    payload,
  });
const ledgerOf = async (volunteerId: string, headers = sw) =>
  ctx.request({ method: 'GET', url: `/api/v1/points-accounts/${volunteerId}/ledger`, headers });
const reverse = (headers: Headers, entryId: string, payload: object = { reason: '录入错误' }) =>
  ctx.request({ method: 'POST', url: `/api/v1/points-ledger/${entryId}/reverse`, headers, payload });

/** Every account's cached balance next to its ledger sum: they must never differ. */
const balancesAgainstLedger = () =>
  queryRows<{ id: string; balance: number; held: number; sum: number }>(
    ctx.database.db,
    sql`select a.id, a.balance, a.held,
      coalesce((select sum(l.amount) from points_ledger l where l.account_id = a.id), 0)::int as sum
      from points_accounts a`,
  );

describe('points rules in versions', () => {
  it('starts from the default, and each change is a new version with its history kept', async () => {
    const first = (
      await ctx.request({ method: 'GET', url: '/api/v1/points-rules', headers: jinshangSw })
    ).json();
    expect(first.defaults).toEqual({ pointsPerHour: 10, backboneBonusPerHour: 0, commendationBonus: 50 });
    const post = (payload: object) =>
      ctx.request({ method: 'POST', url: '/api/v1/points-rules', headers: sw, payload });
    const v1 = await post({ pointsPerHour: 12, backboneBonusPerHour: 2, commendationBonus: 40 });
    expect(v1.statusCode).toBe(201);
    const v2 = await post({ pointsPerHour: 15 });
    expect(v2.json()).toMatchObject({
      version: v1.json().version + 1,
      pointsPerHour: 15,
      commendationBonus: 0,
    });
    const rules = (await ctx.request({ method: 'GET', url: '/api/v1/points-rules', headers: sw })).json();
    expect(rules.current.id).toBe(v2.json().id);
    expect(rules.history.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([v2.json().id, v1.json().id]);
    expect(rules.history.find((r: { id: string }) => r.id === v1.json().id).pointsPerHour).toBe(12);
    expect(await auditEntriesOf(ctx.database.db, v2.json().id, 'points.rule')).toHaveLength(1);
    // Another community does not see 园山's rule.
    const theirs = (
      await ctx.request({ method: 'GET', url: '/api/v1/points-rules', headers: jinshangSw })
    ).json();
    expect(theirs.history.map((r: { id: string }) => r.id)).not.toContain(v2.json().id);
  });

  it.each([
    ['a fraction', { pointsPerHour: 1.5 }, '每小时积分须为整数'],
    ['a negative bonus', { pointsPerHour: 10, commendationBonus: -1 }, '表扬奖励积分不能为负'],
    ['no points per hour', {}, '每小时积分须为整数'],
  ])('refuses %s with a Chinese message, writing nothing', async (_, payload, message) => {
    const before = await fingerprint(ctx.database.db, pointsTables);
    const res = await ctx.request({ method: 'POST', url: '/api/v1/points-rules', headers: sw, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(res.json().errors.map((e: { message: string }) => e.message)).toContain(message);
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
  });

  it('refuses a rule that would take effect in the past', async () => {
    const before = await fingerprint(ctx.database.db, pointsTables);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/points-rules',
      headers: sw,
      payload: { pointsPerHour: 30, effectiveFrom: new Date(Date.now() - 86400_000).toISOString() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('新规则不能从过去的时间生效，已发放的积分不会按新规则重算');
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
  });

  it('numbers parallel changes one after another', async () => {
    const answers = await Promise.all(
      [21, 22, 23, 24].map((pointsPerHour) =>
        ctx.request({ method: 'POST', url: '/api/v1/points-rules', headers: sw, payload: { pointsPerHour } }),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const versions = answers.map((r) => r.json().version as number).sort((a, b) => a - b);
    expect(versions).toEqual([versions[0], versions[0] + 1, versions[0] + 2, versions[0] + 3]);
  });

  it('is changed by staff only', async () => {
    for (const username of ['volunteer1', 'resident1', 'jiangtou.admin']) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/points-rules',
        headers: await ctx.signIn(username),
        payload: { pointsPerHour: 99 },
      });
      expect(res.statusCode, username).toBe(403);
    }
  });

  it('earns by the version in force when the record was approved', async () => {
    const hour = 3600_000;
    const now = Date.now();
    const post = (payload: object) =>
      ctx.request({ method: 'POST', url: '/api/v1/points-rules', headers: jinshangSw, payload });
    expect(
      (await post({ pointsPerHour: 12, backboneBonusPerHour: 3, commendationBonus: 20 })).statusCode,
    ).toBe(201);
    const later = await post({ pointsPerHour: 20, effectiveFrom: new Date(now + 2 * hour).toISOString() });
    expect(later.statusCode).toBe(201);
    const staff = await serviceContextOf(jinshangSw);
    const [v] = jinshangVolunteers;
    const earn = (recordId: string, minutes: number, backbone: boolean, at: number) =>
      inTransaction(staff, (tx) =>
        earnForServiceRecord(tx, { volunteer: v, recordId, minutes, backbone, approvedAt: new Date(at) }),
      );
    const records = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    // Before any rule of 金尚: the default, 10 an hour, pro rata on the half hour.
    expect(await earn(records[0], 90, true, now - 24 * hour)).toBe(15);
    // Version 1 (now): 12 an hour + 3 as a backbone.
    expect(await earn(records[1], 60, true, now + hour)).toBe(15);
    // Version 2 from two hours on.
    expect(await earn(records[2], 60, true, now + 3 * hour)).toBe(20);
    // A record earns once while its earning stands.
    expect(await earn(records[2], 60, true, now + 3 * hour)).toBe(0);
    const ledger = (await ledgerOf(v.id, jinshangSw)).json();
    const versionOf = (id: string) =>
      ledger.items.find((e: { sourceId: string }) => e.sourceId === id).ruleVersion as number | null;
    expect([versionOf(records[0]), versionOf(records[1]), versionOf(records[2])]).toEqual([
      null,
      later.json().version - 1,
      later.json().version,
    ]);
    expect(ledger.account).toMatchObject({ balance: 50, held: 0, available: 50 });
    // A commendation earns the bonus of the rule in force; reversing the record lets it earn again.
    const commendationId = crypto.randomUUID();
    expect(
      await inTransaction(staff, (tx) =>
        earnForCommendation(tx, { volunteer: v, commendationId, at: new Date() }),
      ),
    ).toBe(20);
    await inTransaction(staff, (tx) =>
      reverseEarning(tx, { sourceType: 'serviceRecord', sourceId: records[2], reason: '时长更正' }),
    );
    expect(await earn(records[2], 30, false, now + 3 * hour)).toBe(10);
    expect((await pointsBalances(staff, [v.id])).get(v.id)).toEqual({ balance: 60, held: 0, available: 60 });
    const earned = await pointsEarnedBetween(staff, [v.id], new Date(now - hour), new Date(now + hour));
    expect(earned.get(v.id)).toBe(60);
  });
});

describe('manual adjustments', () => {
  it('credits a volunteer with a reason, audited, shown in the account list', async () => {
    const [v] = yuanshanVolunteers;
    const res = await adjust(sw, v.id, { amount: 80, reason: '补录活动积分' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ volunteerId: v.id, balance: 80, held: 0, available: 80 });
    const ledger = (await ledgerOf(v.id)).json();
    expect(ledger.items[0]).toMatchObject({
      amount: 80,
      kind: 'adjust',
      reason: '补录活动积分',
      sourceType: 'manual',
    });
    expect(ledger.items[0].createdByName).toBeTruthy();
    expect(await auditEntriesOf(ctx.database.db, ledger.items[0].id, 'points.adjust')).toHaveLength(1);
    const list = await ctx.request({
      method: 'GET',
      url: `/api/v1/points-accounts?q=${encodeURIComponent(v.name)}`,
      headers: sw,
    });
    expect(list.json().items.map((a: { volunteerId: string }) => a.volunteerId)).toContain(v.id);
  });

  it.each([
    ['a fraction', { amount: 1.5, reason: '测试' }, '调整积分须为整数'],
    ['zero', { amount: 0, reason: '测试' }, '调整积分不能为0'],
    ['no reason', { amount: 5 }, '请填写原因'],
    ['a blank reason', { amount: 5, reason: '   ' }, '请填写原因'],
  ])('refuses %s with a Chinese message, writing nothing', async (_, payload, message) => {
    const before = await fingerprint(ctx.database.db, pointsTables);
    const res = await adjust(sw, yuanshanVolunteers[0].id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(res.json().errors.map((e: { message: string }) => e.message)).toContain(message);
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
  });

  it('refuses a deduction below the points held, writing nothing', async () => {
    const v = yuanshanVolunteers[1];
    await adjust(sw, v.id, { amount: 30, reason: '初始' });
    await inTransaction(await serviceContextOf(sw), (tx) => holdPoints(tx, v, 20));
    const before = await fingerprint(ctx.database.db, pointsTables);
    const res = await adjust(sw, v.id, { amount: -11, reason: '扣减' });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('这些积分已被使用或冻结，不能冲正或扣减，否则余额将小于零');
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
    expect((await adjust(sw, v.id, { amount: -10, reason: '扣减' })).json()).toMatchObject({
      balance: 20,
      held: 20,
      available: 0,
    });
  });

  it('keeps other communities and other roles out', async () => {
    const [v] = yuanshanVolunteers;
    expect((await adjust(jinshangSw, v.id, { amount: 5, reason: '越权' })).statusCode).toBe(404);
    expect((await ledgerOf(v.id, jinshangSw)).statusCode).toBe(404);
    const theirList = (
      await ctx.request({ method: 'GET', url: '/api/v1/points-accounts', headers: jinshangSw })
    ).json();
    expect(theirList.items.map((a: { volunteerId: string }) => a.volunteerId)).not.toContain(v.id);
    const phone = await ctx.signIn('volunteer1');
    expect((await adjust(phone, v.id, { amount: 5, reason: '越权' })).statusCode).toBe(403);
    expect((await ledgerOf(v.id, phone)).statusCode).toBe(403);
    // The street sees its communities' accounts but does not change them.
    const street = await ctx.signIn('jiangtou.admin');
    expect((await ledgerOf(v.id, street)).statusCode).toBe(200);
    expect((await adjust(street, v.id, { amount: 5, reason: '街道' })).statusCode).toBe(403);
  });
});

describe('parallel requests on one account', () => {
  it('apply one by one under the row lock: never below the held points, balance = ledger', async () => {
    const [v] = await insertTestVolunteers(
      ctx.database.db,
      ctx.app.services.crypto,
      await unitOf(ctx.database.db, '园山社区'),
      1,
      'PTC',
    );
    await adjust(sw, v.id, { amount: 50, reason: '初始' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => adjust(sw, v.id, { amount: -5, reason: '并发扣减' })),
    );
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(10);
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(10);
    const ledger = (await ledgerOf(v.id)).json();
    expect(ledger.account).toMatchObject({ balance: 0, held: 0 });
    expect(ledger.total).toBe(11);
  });
});

describe('reversing entries', () => {
  it('cancels an entry once with an opposite entry, audited', async () => {
    const v = yuanshanVolunteers[2];
    await adjust(sw, v.id, { amount: 50, reason: '活动积分' });
    const [entry] = (await ledgerOf(v.id)).json().items;
    const res = await reverse(sw, entry.id);
    expect(res.statusCode).toBe(204);
    const ledger = (await ledgerOf(v.id)).json();
    expect(ledger.account.balance).toBe(0);
    expect(ledger.items[0]).toMatchObject({
      amount: -50,
      kind: 'reverse',
      reversesId: entry.id,
      reason: '录入错误',
    });
    expect(ledger.items[1].reversedById).toBe(ledger.items[0].id);
    expect(await auditEntriesOf(ctx.database.db, ledger.items[0].id, 'points.reverse')).toHaveLength(1);

    const before = await fingerprint(ctx.database.db, pointsTables);
    const again = await reverse(sw, entry.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('这笔积分已经冲正过，不能再次冲正');
    const ofReversal = await reverse(sw, ledger.items[0].id);
    expect(ofReversal.statusCode).toBe(409);
    expect(ofReversal.json().title).toBe('兑换扣减和冲正记录不能冲正（兑换请在友邻超市处理）');
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
  });

  it('refuses when the points are already held, and needs a reason', async () => {
    const v = yuanshanVolunteers[3];
    await adjust(sw, v.id, { amount: 40, reason: '活动积分' });
    const [entry] = (await ledgerOf(v.id)).json().items;
    await inTransaction(await serviceContextOf(sw), (tx) => holdPoints(tx, v, 10));
    const before = await fingerprint(ctx.database.db, pointsTables);
    const res = await reverse(sw, entry.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('这些积分已被使用或冻结，不能冲正或扣减，否则余额将小于零');
    const noReason = await reverse(sw, entry.id, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].message).toBe('请填写原因');
    expect(await fingerprint(ctx.database.db, pointsTables)).toEqual(before);
    // Another community's staff is told it does not exist.
    const foreign = await reverse(jinshangSw, entry.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe('积分明细不存在');
  });
});

describe('holds for redemptions', () => {
  it('holds, releases and settles, refusing what is not there', async () => {
    const staff = await serviceContextOf(sw);
    const [v] = await insertTestVolunteers(
      ctx.database.db,
      ctx.app.services.crypto,
      await unitOf(ctx.database.db, '园山社区'),
      1,
      'PTH',
    );
    await inTransaction(staff, (tx) => adjustPoints(tx, v, { amount: 100, reason: '初始' }));
    await inTransaction(staff, (tx) => holdPoints(tx, v, 70));
    await expect(inTransaction(staff, (tx) => holdPoints(tx, v, 31))).rejects.toMatchObject({
      code: 'points.insufficient',
      status: 409,
    });
    await expect(inTransaction(staff, (tx) => releaseHold(tx, v.id, 71))).rejects.toMatchObject({
      code: 'points.hold_mismatch',
    });
    await inTransaction(staff, (tx) => releaseHold(tx, v.id, 30));
    const redemptionId = crypto.randomUUID();
    await inTransaction(staff, (tx) =>
      settleHold(tx, { volunteerId: v.id, amount: 40, redemptionId, reason: '兑换大米' }),
    );
    expect((await pointsBalances(staff, [v.id])).get(v.id)).toEqual({ balance: 60, held: 0, available: 60 });
    const [entry] = (await ledgerOf(v.id)).json().items;
    expect(entry).toMatchObject({
      amount: -40,
      kind: 'redeem',
      sourceType: 'redemption',
      sourceId: redemptionId,
    });
    // A redemption is undone in the shop, never reversed in the ledger.
    expect((await reverse(sw, entry.id)).statusCode).toBe(409);
  });
});

describe('the ledger itself', () => {
  it('is refused UPDATE and DELETE by the database', async () => {
    const [row] = await queryRows<{ id: string }>(ctx.database.db, sql`select id from points_ledger limit 1`);
    // Drizzle wraps the database's error; its cause carries the trigger's message. On PostgreSQL the
    // app's role is not even granted UPDATE or DELETE on the ledger, which refuses first.
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => 'done',
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    const update = sql`update points_ledger set amount = amount + 1 where id = ${row.id}`;
    expect(await refusal(ctx.database.db.execute(update))).toMatch(
      /append-only: UPDATE|permission denied for table points_ledger/,
    );
    const remove = sql`delete from points_ledger where id = ${row.id}`;
    expect(await refusal(ctx.database.db.execute(remove))).toMatch(
      /append-only: DELETE|permission denied for table points_ledger/,
    );
  });

  it('keeps every balance equal to its ledger sum and the held points within it', async () => {
    const accounts = await balancesAgainstLedger();
    expect(accounts.length).toBeGreaterThan(5);
    for (const a of accounts) {
      expect(a.balance).toBe(a.sum);
      expect(a.held).toBeGreaterThanOrEqual(0);
      expect(a.held).toBeLessThanOrEqual(a.balance);
    }
  });
});

/**
 * volunteer1's volunteer record: the demo world's, or (while the volunteers demo does not give them one)
 * a test volunteer linked to their account.
 */
async function volunteerOfVolunteer1(): Promise<string> {
  const { db } = ctx.database;
  const find = () =>
    queryRows<{ id: string }>(
      db,
      sql`select v.id from volunteers v join users u on u.id = v.user_id where u.username = 'volunteer1'`,
    );
  const [found] = await find();
  if (found) return found.id;
  const [made] = await insertTestVolunteers(
    db,
    ctx.app.services.crypto,
    await unitOf(db, '园山社区'),
    1,
    'PTM',
  );
  await db.execute(
    sql`update volunteers set user_id = (select id from users where username = 'volunteer1') where id = ${made.id}`,
  );
  return made.id;
}

describe('the volunteer on the phone', () => {
  it('sees their own balance, held and ledger', async () => {
    const volunteerId = await volunteerOfVolunteer1();
    expect((await adjust(sw, volunteerId, { amount: 25, reason: '手机端测试' })).statusCode).toBe(201);
    const phone = await ctx.signIn('volunteer1');
    const res = await ctx.request({ method: 'GET', url: '/api/v1/me/points', headers: phone });
    expect(res.statusCode).toBe(200);
    const mine = res.json();
    expect(mine.balance).toBeGreaterThanOrEqual(25);
    expect(mine.available).toBe(mine.balance - mine.held);
    expect(mine.items[0]).toMatchObject({ amount: 25, reason: '手机端测试' });
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me/points', headers: sw })).statusCode).toBe(
      403,
    );
  });
});

describe('figures', () => {
  it('counts issued, redeemed and outstanding points per community for the street', async () => {
    const street = await ctx.signIn('jiangtou.admin');
    const res = await ctx.request({
      method: 'GET',
      url: `/api/v1/points-figures?from=2000-01-01&to=2100-01-01`,
      headers: street,
    });
    expect(res.statusCode).toBe(200);
    const [outstanding] = await queryRows<{ unit: string; sum: number }>(
      ctx.database.db,
      sql`select u.name as unit, sum(a.balance)::int as sum from points_accounts a
        join org_units u on u.id = a.org_unit_id where u.name = '园山社区' group by u.name`,
    );
    const yuanshan = res.json().items.find((r: { orgUnitName: string }) => r.orgUnitName === '园山社区');
    expect(yuanshan.pointsOutstanding).toBe(outstanding.sum);
    expect(yuanshan.pointsRedeemed).toBeGreaterThanOrEqual(0);
    // The by-unit figures of the volunteering page agree.
    const unit = await unitOf(ctx.database.db, '园山社区');
    const byUnit = await pointsFiguresByUnit(
      await serviceContextOf(street),
      { from: '2000-01-01', to: '2100-01-01' },
      [unit],
    );
    expect(byUnit.get(unit.id)).toEqual({
      pointsIssued: yuanshan.pointsIssued,
      pointsRedeemed: yuanshan.pointsRedeemed,
      pointsOutstanding: yuanshan.pointsOutstanding,
    });
    // A community sees only itself.
    const theirs = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/points-figures?from=2000-01-01&to=2100-01-01`,
        headers: jinshangSw,
      })
    ).json();
    expect(theirs.items.map((r: { orgUnitName: string }) => r.orgUnitName)).toEqual(['金尚社区']);
  });
});

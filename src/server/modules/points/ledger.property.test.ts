import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { actorOf } from '../../testing/actor';
import { unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';
import {
  adjustPoints,
  earnForServiceRecord,
  ensurePointsAccount,
  holdPoints,
  releaseHold,
  reverseEarning,
  settleHold,
} from './service';

// Any sequence of earnings, holds, releases, hand-overs, reversals and adjustments on a few accounts
// keeps each balance equal to its ledger sum and 0 ≤ held ≤ balance: an operation that would break it
// is refused with the points error (and changes nothing), exactly when a plain model says it must be.

let ctx: TestContext;
let staff: ServiceContext;
let unit: { id: string; path: string };
beforeAll(async () => {
  ctx = await createTestContext();
  const headers = await ctx.signIn('yuanshan.sw');
  const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).json();
  staff = {
    ...ctx.app.services,
    actor: actorOf({
      userId: me.user.id,
      username: me.user.username,
      name: me.user.name,
      memberships: me.memberships,
      membership: me.memberships[0],
    }),
  };
  unit = await unitOf(ctx.database.db, '园山社区');
});
afterAll(() => ctx.close());

const ACCOUNTS = 3;
const who = fc.integer({ min: 0, max: ACCOUNTS - 1 });
const amount = fc.integer({ min: 1, max: 60 });
const operation = fc.oneof(
  fc.record({ op: fc.constant('earn' as const), who, minutes: fc.integer({ min: 0, max: 240 }) }),
  fc.record({ op: fc.constant('hold' as const), who, amount }),
  fc.record({ op: fc.constant('release' as const), who, amount }),
  fc.record({ op: fc.constant('settle' as const), who, amount }),
  fc.record({ op: fc.constant('reverse' as const), who, pick: fc.nat() }),
  fc.record({
    op: fc.constant('adjust' as const),
    who,
    amount: fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

type Model = { balance: number; held: number; earnings: { recordId: string; points: number }[] };

/** Applies one operation to the database and the model; a refusal must be one the model predicts. */
async function apply(volunteers: TestVolunteer[], models: Model[], o: Operation) {
  const v = volunteers[o.who];
  const m = models[o.who];
  const run = (work: (tx: ServiceContext) => Promise<unknown>) => inTransaction(staff, work);
  const expectRefusal = async (work: (tx: ServiceContext) => Promise<unknown>, code: string) => {
    const error = await run(work).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  };
  switch (o.op) {
    case 'earn': {
      const recordId = crypto.randomUUID();
      const points = (await run((tx) =>
        earnForServiceRecord(tx, {
          volunteer: v,
          recordId,
          minutes: o.minutes,
          backbone: false,
          approvedAt: new Date(),
        }),
      )) as number;
      expect(points).toBeGreaterThanOrEqual(0);
      if (points > 0) m.earnings.push({ recordId, points });
      m.balance += points;
      return;
    }
    case 'hold':
      if (m.balance - m.held < o.amount)
        return expectRefusal((tx) => holdPoints(tx, v, o.amount), 'points.insufficient');
      await run((tx) => holdPoints(tx, v, o.amount));
      m.held += o.amount;
      return;
    case 'release':
      if (m.held < o.amount)
        return expectRefusal((tx) => releaseHold(tx, v.id, o.amount), 'points.hold_mismatch');
      await run((tx) => releaseHold(tx, v.id, o.amount));
      m.held -= o.amount;
      return;
    case 'settle': {
      const settle = (tx: ServiceContext) =>
        settleHold(tx, {
          volunteerId: v.id,
          amount: o.amount,
          redemptionId: crypto.randomUUID(),
          reason: '兑换',
        });
      if (m.held < o.amount) return expectRefusal(settle, 'points.hold_mismatch');
      await run(settle);
      m.held -= o.amount;
      m.balance -= o.amount;
      return;
    }
    case 'reverse': {
      if (m.earnings.length === 0) return;
      const [earning] = m.earnings.splice(o.pick % m.earnings.length, 1);
      const reverse = (tx: ServiceContext) =>
        reverseEarning(tx, { sourceType: 'serviceRecord', sourceId: earning.recordId, reason: '更正' });
      if (m.balance - earning.points < m.held) {
        m.earnings.push(earning);
        return expectRefusal(reverse, 'points.would_go_negative');
      }
      await run(reverse);
      m.balance -= earning.points;
      return;
    }
    case 'adjust': {
      const adjust = (tx: ServiceContext) => adjustPoints(tx, v, { amount: o.amount, reason: '调整' });
      if (m.balance + o.amount < m.held) return expectRefusal(adjust, 'points.would_go_negative');
      await run(adjust);
      m.balance += o.amount;
      return;
    }
  }
}

async function accountsOf(volunteers: TestVolunteer[]) {
  return queryRows<{ volunteerId: string; balance: number; held: number; ledger: number }>(
    ctx.database.db,
    sql`select v.id as "volunteerId", coalesce(a.balance, 0) as balance, coalesce(a.held, 0) as held,
        coalesce((select sum(l.amount) from points_ledger l where l.account_id = a.id), 0)::int as ledger
      from unnest(${`{${volunteers.map((v) => v.id).join(',')}}`}::uuid[]) with ordinality as v(id, n)
      left join points_accounts a on a.volunteer_id = v.id
      order by v.n`,
  );
}

describe('the points ledger under any sequence of operations', () => {
  it('keeps balances equal to the ledger, held within them, nothing below zero', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        run += 1;
        const volunteers = await insertTestVolunteers(
          ctx.database.db,
          ctx.app.services.crypto,
          unit,
          ACCOUNTS,
          `PP${run}`,
        );
        // Accounts opened up front, as the shop finds them when it releases or hands over.
        for (const v of volunteers) await inTransaction(staff, (tx) => ensurePointsAccount(tx, v));
        const models: Model[] = volunteers.map(() => ({ balance: 0, held: 0, earnings: [] }));
        for (const o of operations) await apply(volunteers, models, o);
        const accounts = await accountsOf(volunteers);
        accounts.forEach((a, i) => {
          expect(a.balance).toBe(a.ledger);
          expect(a.held).toBeGreaterThanOrEqual(0);
          expect(a.held).toBeLessThanOrEqual(a.balance);
          expect({ balance: a.balance, held: a.held }).toEqual({
            balance: models[i].balance,
            held: models[i].held,
          });
        });
      }),
      { numRuns: 30 },
    );
  });
});

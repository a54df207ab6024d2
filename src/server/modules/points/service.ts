import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { pointsForMinutes } from '../../../core/points/rules';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import {
  append,
  ensurePointsAccount,
  liveEarningOf,
  lockAccount,
  lockAccountOf,
  ruleInForce,
  setHeld,
  type VolunteerKey,
} from './ledger';
import { pointsAccounts, pointsLedger } from './schema';

// What other modules do with points. Every function works in the caller's transaction (ctx.db) and
// takes the account's row lock before changing it; the caller has already checked the volunteer is
// one it may act for.
export { ensurePointsAccount, type VolunteerKey };

const hoursText = (minutes: number) => `${(minutes / 60).toFixed(1).replace(/\.0$/, '')} 小时`;

/**
 * Credits an approved service record by the rule version of the volunteer's unit in force when it was
 * approved. A record earns once: while its earning stands, another call changes nothing.
 */
export async function earnForServiceRecord(
  ctx: ServiceContext,
  input: { volunteer: VolunteerKey; recordId: string; minutes: number; backbone: boolean; approvedAt: Date },
): Promise<number> {
  const account = await lockAccountOf(ctx, input.volunteer);
  if (await liveEarningOf(ctx, 'serviceRecord', input.recordId)) return 0;
  const rule = await ruleInForce(ctx, input.volunteer.orgUnitId, input.approvedAt);
  const points = pointsForMinutes(input.minutes, rule.values, input.backbone);
  if (points <= 0) return 0;
  await append(ctx, account, {
    amount: points,
    kind: 'earn',
    reason: `志愿服务 ${hoursText(input.minutes)}`,
    sourceType: 'serviceRecord',
    sourceId: input.recordId,
    ruleId: rule.id,
  });
  return points;
}

/** Credits a commendation's bonus by the rule in force at `at`; a bonus of 0 writes nothing. */
export async function earnForCommendation(
  ctx: ServiceContext,
  input: { volunteer: VolunteerKey; commendationId: string; at: Date },
): Promise<number> {
  const account = await lockAccountOf(ctx, input.volunteer);
  if (await liveEarningOf(ctx, 'commendation', input.commendationId)) return 0;
  const rule = await ruleInForce(ctx, input.volunteer.orgUnitId, input.at);
  const points = rule.values.commendationBonus;
  if (points === 0) return 0;
  await append(ctx, account, {
    amount: points,
    kind: 'commendation',
    reason: '表扬奖励',
    sourceType: 'commendation',
    sourceId: input.commendationId,
    ruleId: rule.id,
  });
  return points;
}

/**
 * Cancels what a record or commendation earned with a reversing entry (the ledger is never edited).
 * Refused when the points are already spent or held, so no balance goes below zero.
 */
export async function reverseEarning(
  ctx: ServiceContext,
  input: { sourceType: 'serviceRecord' | 'commendation'; sourceId: string; reason: string },
): Promise<void> {
  const found = await liveEarningOf(ctx, input.sourceType, input.sourceId);
  if (!found) return;
  const account = await lockAccount(ctx, { accountId: found.accountId });
  // Read again under the lock: a parallel reversal may have come first.
  const earning = await liveEarningOf(ctx, input.sourceType, input.sourceId);
  if (!earning) return;
  await append(ctx, account, {
    amount: -earning.amount,
    kind: 'reverse',
    reason: input.reason,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    reversesId: earning.id,
  });
}

/**
 * A manual correction by staff: a whole, non-zero number of points with its reason. The caller has
 * checked the volunteer is one it may act for (and audits it); a deduction below the held points is
 * refused.
 */
export async function adjustPoints(
  ctx: ServiceContext,
  volunteer: VolunteerKey,
  input: { amount: number; reason: string },
): Promise<string> {
  assertWholePoints(input.amount);
  const account = await lockAccountOf(ctx, volunteer);
  return append(ctx, account, {
    amount: input.amount,
    kind: 'adjust',
    reason: input.reason,
    sourceType: 'manual',
  });
}

function assertWholePoints(amount: number, positive = false) {
  if (!Number.isInteger(amount) || amount === 0 || (positive && amount < 0)) {
    throw new AppError('points.bad_amount', 400);
  }
}

/** Reserves points for a redemption; 409 when the available points (balance − held) do not cover it. */
export async function holdPoints(
  ctx: ServiceContext,
  volunteer: VolunteerKey,
  amount: number,
): Promise<void> {
  assertWholePoints(amount, true);
  const account = await lockAccountOf(ctx, volunteer);
  if (account.balance - account.held < amount) throw new AppError('points.insufficient', 409);
  await setHeld(ctx, account, account.held + amount);
}

/** Gives held points back (a redemption cancelled or expired). */
export async function releaseHold(ctx: ServiceContext, volunteerId: string, amount: number): Promise<void> {
  const account = await heldAccount(ctx, volunteerId, amount);
  await setHeld(ctx, account, account.held - amount);
}

/** Turns held points into a deduction when the item is handed over (one entry per redemption). */
export async function settleHold(
  ctx: ServiceContext,
  input: { volunteerId: string; amount: number; redemptionId: string; reason: string },
): Promise<void> {
  const account = await heldAccount(ctx, input.volunteerId, input.amount);
  await setHeld(ctx, account, account.held - input.amount);
  await append(ctx, account, {
    amount: -input.amount,
    kind: 'redeem',
    reason: input.reason,
    sourceType: 'redemption',
    sourceId: input.redemptionId,
  });
}

/** The locked account of a volunteer holding at least `amount` points; a release of more is a bug, refused. */
async function heldAccount(ctx: ServiceContext, volunteerId: string, amount: number) {
  assertWholePoints(amount, true);
  const account = await lockAccount(ctx, { volunteerId });
  if (account.held < amount) throw new AppError('points.hold_mismatch', 409);
  return account;
}

export type PointsBalance = { balance: number; held: number; available: number };

/** Balance, held and available points of each volunteer (0 for one without an account yet). */
export async function pointsBalances(
  ctx: ServiceContext,
  volunteerIds: string[],
): Promise<Map<string, PointsBalance>> {
  const found = new Map<string, PointsBalance>(
    volunteerIds.map((id) => [id, { balance: 0, held: 0, available: 0 }]),
  );
  if (volunteerIds.length === 0) return found;
  const rows = await ctx.db
    .select({
      volunteerId: pointsAccounts.volunteerId,
      balance: pointsAccounts.balance,
      held: pointsAccounts.held,
    })
    .from(pointsAccounts)
    .where(inArray(pointsAccounts.volunteerId, volunteerIds));
  for (const { volunteerId, balance, held } of rows)
    found.set(volunteerId, { balance, held, available: balance - held });
  return found;
}

/** Points earned in [from, to) by each volunteer: earnings and commendations less their reversals. */
export async function pointsEarnedBetween(
  ctx: ServiceContext,
  volunteerIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const earned = new Map<string, number>(volunteerIds.map((id) => [id, 0]));
  if (volunteerIds.length === 0) return earned;
  const rows = await ctx.db
    .select({
      volunteerId: pointsAccounts.volunteerId,
      points: sql<number>`coalesce(sum(${pointsLedger.amount}), 0)::int`,
    })
    .from(pointsLedger)
    .innerJoin(pointsAccounts, eq(pointsAccounts.id, pointsLedger.accountId))
    .where(
      and(
        inArray(pointsAccounts.volunteerId, volunteerIds),
        inArray(pointsLedger.sourceType, ['serviceRecord', 'commendation']),
        gte(pointsLedger.createdAt, from),
        lt(pointsLedger.createdAt, to),
      ),
    )
    .groupBy(pointsAccounts.volunteerId);
  for (const r of rows) earned.set(r.volunteerId, r.points);
  return earned;
}

export { type PointsFigures, pointsFigures, pointsFiguresByUnit } from './figures';

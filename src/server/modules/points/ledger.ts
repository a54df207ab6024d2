import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { DEFAULT_POINTS_RULE, type PointsRuleValues } from '../../../core/points/rules';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import { pointsAccounts, pointsLedger, pointsRules } from './schema';

/** The volunteer an account belongs to, as other modules know them. */
export type VolunteerKey = { id: string; orgUnitId: string; orgPath: string; role?: 'backbone' | 'member' };

export type Account = typeof pointsAccounts.$inferSelect;
type Entry = Pick<
  typeof pointsLedger.$inferInsert,
  'amount' | 'kind' | 'reason' | 'sourceType' | 'sourceId' | 'ruleId' | 'reversesId'
>;

/** The volunteer's account, created at their unit on first use. */
export async function ensurePointsAccount(ctx: ServiceContext, volunteer: VolunteerKey): Promise<string> {
  await ctx.db
    .insert(pointsAccounts)
    .values({ volunteerId: volunteer.id, orgUnitId: volunteer.orgUnitId, orgPath: volunteer.orgPath })
    .onConflictDoNothing({ target: pointsAccounts.volunteerId });
  const [row] = await ctx.db
    .select({ id: pointsAccounts.id })
    .from(pointsAccounts)
    .where(eq(pointsAccounts.volunteerId, volunteer.id));
  return row.id;
}

/**
 * The account row under `FOR UPDATE`: every change of one account's balance or held points runs after
 * this in its transaction, so parallel redemptions and earnings of one volunteer queue here.
 */
export async function lockAccount(
  ctx: ServiceContext,
  by: { volunteerId: string } | { accountId: string },
): Promise<Account> {
  const [row] = await ctx.db
    .select()
    .from(pointsAccounts)
    .where(
      'accountId' in by
        ? eq(pointsAccounts.id, by.accountId)
        : eq(pointsAccounts.volunteerId, by.volunteerId),
    )
    .for('update');
  if (!row) throw new AppError('points.account_not_found', 404);
  return row;
}

/** The volunteer's account under lock, opened first if they have none. */
export async function lockAccountOf(ctx: ServiceContext, volunteer: VolunteerKey): Promise<Account> {
  await ensurePointsAccount(ctx, volunteer);
  return lockAccount(ctx, { volunteerId: volunteer.id });
}

/** Sets the held points of a locked account (the CHECK keeps 0 ≤ held ≤ balance in any case). */
export async function setHeld(ctx: ServiceContext, account: Account, held: number): Promise<void> {
  await ctx.db.update(pointsAccounts).set({ held }).where(eq(pointsAccounts.id, account.id));
  account.held = held;
}

/** Appends one movement to a locked account and keeps its balance equal to the ledger sum. */
export async function append(ctx: ServiceContext, account: Account, entry: Entry): Promise<string> {
  const balance = account.balance + entry.amount;
  if (balance < account.held) throw new AppError('points.would_go_negative', 409);
  const [row] = await ctx.db
    .insert(pointsLedger)
    .values({
      ...entry,
      accountId: account.id,
      orgPath: account.orgPath,
      createdBy: ctx.actor.userId,
      // The service's clock, so that figures and rankings by period follow it (and the demo's dates).
      createdAt: ctx.clock.now(),
    })
    .returning({ id: pointsLedger.id });
  await ctx.db.update(pointsAccounts).set({ balance }).where(eq(pointsAccounts.id, account.id));
  account.balance = balance;
  return row.id;
}

/** The unit's rule version in force at `at`, or the default when the unit has none yet. */
export async function ruleInForce(
  ctx: ServiceContext,
  orgUnitId: string,
  at: Date,
): Promise<{ id: string | null; values: PointsRuleValues }> {
  const [rule] = await ctx.db
    .select()
    .from(pointsRules)
    .where(and(eq(pointsRules.orgUnitId, orgUnitId), lte(pointsRules.effectiveFrom, at)))
    .orderBy(desc(pointsRules.effectiveFrom), desc(pointsRules.version))
    .limit(1);
  return rule ? { id: rule.id, values: rule } : { id: null, values: DEFAULT_POINTS_RULE };
}

const earningKinds = ['earn', 'commendation'] as const;

/** Whether a reversing entry already points at `entryId` (read under the account's lock). */
export async function isReversed(ctx: ServiceContext, entryId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: pointsLedger.id })
    .from(pointsLedger)
    .where(eq(pointsLedger.reversesId, entryId));
  return row !== undefined;
}

/** The earning entry of a source that no reversing entry has cancelled yet, if any. */
export async function liveEarningOf(
  ctx: ServiceContext,
  sourceType: 'serviceRecord' | 'commendation',
  sourceId: string,
) {
  const reversal = sql`select 1 from ${pointsLedger} r where r.reverses_id = ${pointsLedger.id}`;
  const [row] = await ctx.db
    .select()
    .from(pointsLedger)
    .where(
      and(
        eq(pointsLedger.sourceType, sourceType),
        eq(pointsLedger.sourceId, sourceId),
        inArray(pointsLedger.kind, [...earningKinds]),
        isNull(pointsLedger.reversesId),
        sql`not exists (${reversal})`,
      ),
    );
  return row;
}

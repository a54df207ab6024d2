import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  AdjustmentInput,
  LedgerEntryView,
  MyPoints,
  PointsAccountSummary,
  PointsLedgerPage,
  pointsAccountListQuery,
} from '../../../core/points/contract';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { orgUnitNameOf } from '../org-units/service';
import { userNameOf } from '../users/service';
import { type VolunteerRef, volunteerInScope, volunteerNameOf, volunteerNoOf } from '../volunteers/service';
import { append, isReversed, lockAccount } from './ledger';
import { pointsAccounts, pointsLedger, pointsRules } from './schema';
import { adjustPoints, pointsBalances } from './service';

// Staff's and the volunteer's views of accounts and the ledger, and staff's corrections. Kept apart from
// service.ts because it reads volunteers' names through volunteers/service.ts, which imports service.ts.

const summaryColumns = {
  accountId: pointsAccounts.id,
  volunteerId: pointsAccounts.volunteerId,
  volunteerName: volunteerNameOf(pointsAccounts.volunteerId),
  volunteerNo: volunteerNoOf(pointsAccounts.volunteerId),
  orgUnitName: orgUnitNameOf(pointsAccounts.orgUnitId),
  balance: pointsAccounts.balance,
  held: pointsAccounts.held,
};

const withAvailable = <T extends { balance: number; held: number }>(row: T) => ({
  ...row,
  available: row.balance - row.held,
});

/** The accounts of the actor's unit and below, by volunteer name; `q` matches name or volunteer number. */
export async function listPointsAccounts(
  ctx: ServiceContext,
  query: z.infer<typeof pointsAccountListQuery> & PageQuery,
) {
  const conditions: SQL[] = [inScope(ctx.actor, pointsAccounts.orgPath)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(volunteerNameOf(pointsAccounts.volunteerId), pattern),
        ilike(volunteerNoOf(pointsAccounts.volunteerId), pattern),
      ) as SQL,
    );
  }
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(summaryColumns)
      .from(pointsAccounts)
      .where(where)
      .orderBy(volunteerNameOf(pointsAccounts.volunteerId), pointsAccounts.id)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(pointsAccounts).where(where),
  ]);
  return { items: rows.map(withAvailable), total, page: query.page, pageSize: query.pageSize };
}

const reversal = alias(pointsLedger, 'reversal');

/** Entries of one account, newest first, with the rule version an earning used and its reversal. */
async function entriesOf(
  ctx: ServiceContext,
  accountId: string,
  page: PageQuery,
): Promise<LedgerEntryView[]> {
  const rows = await ctx.db
    .select({
      id: pointsLedger.id,
      amount: pointsLedger.amount,
      kind: pointsLedger.kind,
      reason: pointsLedger.reason,
      sourceType: pointsLedger.sourceType,
      sourceId: pointsLedger.sourceId,
      ruleVersion: pointsRules.version,
      reversesId: pointsLedger.reversesId,
      reversedById: reversal.id,
      createdByName: userNameOf(pointsLedger.createdBy),
      createdAt: pointsLedger.createdAt,
    })
    .from(pointsLedger)
    .leftJoin(pointsRules, eq(pointsRules.id, pointsLedger.ruleId))
    .leftJoin(reversal, eq(reversal.reversesId, pointsLedger.id))
    .where(eq(pointsLedger.accountId, accountId))
    .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** A volunteer's account of the actor's scope with a page of its ledger; 404 as for a missing one. */
export async function pointsLedgerOf(
  ctx: ServiceContext,
  volunteerId: string,
  page: PageQuery,
): Promise<PointsLedgerPage> {
  const [account] = await ctx.db
    .select(summaryColumns)
    .from(pointsAccounts)
    .where(and(eq(pointsAccounts.volunteerId, volunteerId), inScope(ctx.actor, pointsAccounts.orgPath)));
  if (!account) throw new AppError('points.account_not_found', 404);
  const [[{ total }], items] = await Promise.all([
    ctx.db.select({ total: count() }).from(pointsLedger).where(eq(pointsLedger.accountId, account.accountId)),
    entriesOf(ctx, account.accountId, page),
  ]);
  return { account: withAvailable(account), items, total, page: page.page, pageSize: page.pageSize };
}

/** The volunteer's own figures and latest movements (an account not yet opened shows zeros). */
export async function myPointsOf(ctx: ServiceContext, volunteer: VolunteerRef): Promise<MyPoints> {
  const figures = (await pointsBalances(ctx, [volunteer.id])).get(volunteer.id);
  const [account] = await ctx.db
    .select({ id: pointsAccounts.id })
    .from(pointsAccounts)
    .where(eq(pointsAccounts.volunteerId, volunteer.id));
  const items = account ? await entriesOf(ctx, account.id, { page: 1, pageSize: 100 }) : [];
  return { balance: 0, held: 0, available: 0, ...figures, items };
}

/**
 * Corrects an entry with a reversing entry of the opposite amount: the entry must be of the actor's
 * scope, an earning, bonus or adjustment (a redemption is undone in the shop), not reversed before,
 * and the balance after it must still cover the held points. Audited with the reason.
 */
export async function reverseLedgerEntry(
  ctx: ServiceContext,
  entryId: string,
  reason: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [entry] = await tx.db
      .select()
      .from(pointsLedger)
      .where(and(eq(pointsLedger.id, entryId), inScope(tx.actor, pointsLedger.orgPath)));
    if (!entry) throw new AppError('points.entry_not_found', 404);
    if (entry.kind === 'redeem' || entry.kind === 'reverse') throw new AppError('points.not_reversible', 409);
    const account = await lockAccount(tx, { accountId: entry.accountId });
    if (await isReversed(tx, entry.id)) throw new AppError('points.already_reversed', 409);
    const reversalId = await append(tx, account, {
      amount: -entry.amount,
      kind: 'reverse',
      reason,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
      reversesId: entry.id,
    });
    await recordAudit(tx, {
      action: 'points.reverse',
      entity: 'pointsLedger',
      entityId: reversalId,
      reason,
      orgUnit: { id: account.orgUnitId, path: account.orgPath },
      detail: { reverses: entry.id, amount: -entry.amount },
    });
  });
}

/** A manual adjustment of a volunteer of the actor's scope (404 otherwise), audited with its reason. */
export async function adjustVolunteerPoints(
  ctx: ServiceContext,
  volunteerId: string,
  input: AdjustmentInput,
): Promise<PointsAccountSummary> {
  await inTransaction(ctx, async (tx) => {
    const volunteer = await volunteerInScope(tx, volunteerId);
    const entryId = await adjustPoints(tx, volunteer, input);
    await recordAudit(tx, {
      action: 'points.adjust',
      entity: 'pointsLedger',
      entityId: entryId,
      reason: input.reason,
      orgUnit: { id: volunteer.orgUnitId, path: volunteer.orgPath },
      detail: { volunteerId, amount: input.amount },
    });
  });
  return (await pointsLedgerOf(ctx, volunteerId, { page: 1, pageSize: 1 })).account;
}

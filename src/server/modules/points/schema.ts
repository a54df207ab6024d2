import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { volunteers } from '../volunteers/schema';

/**
 * A unit's points rule (积分规则), versioned: a new version takes effect from its time, and a record
 * earns by the version in force when it was approved, so changing the rule never rewrites the past.
 */
export const pointsRules = pgTable(
  'points_rules',
  {
    id: id(),
    ...ownerColumns(),
    version: integer('version').notNull(),
    pointsPerHour: integer('points_per_hour').notNull(),
    /** Extra points per approved hour when the volunteer served as a backbone (骨干). */
    backboneBonusPerHour: integer('backbone_bonus_per_hour').notNull().default(0),
    commendationBonus: integer('commendation_bonus').notNull().default(0),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('points_rules_unit_version_key').on(t.orgUnitId, t.version),
    check(
      'points_rules_amounts_check',
      sql`${t.pointsPerHour} >= 0 and ${t.backboneBonusPerHour} >= 0 and ${t.commendationBonus} >= 0`,
    ),
  ],
);

/**
 * A volunteer's points account at the unit that keeps it. `balance` is the sum of the ledger, kept
 * beside it under the row lock so that a redemption rush reads one row; `held` is what open
 * redemptions have reserved. The CHECKs make going below zero impossible whatever the code does.
 */
export const pointsAccounts = pgTable(
  'points_accounts',
  {
    id: id(),
    ...ownerColumns(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    balance: integer('balance').notNull().default(0),
    held: integer('held').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('points_accounts_volunteer_key').on(t.volunteerId),
    index('points_accounts_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('points_accounts_balance_check', sql`${t.held} >= 0 and ${t.balance} >= ${t.held}`),
  ],
);

/**
 * The points ledger: append-only (a trigger refuses UPDATE and DELETE). Every movement names its
 * account, a whole-number amount, a reason and the record it came from; a correction is a reversing
 * entry pointing at the one it reverses, and an entry is reversed at most once.
 */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => pointsAccounts.id),
    orgPath: text('org_path').notNull(),
    amount: integer('amount').notNull(),
    kind: text('kind', { enum: ['earn', 'commendation', 'redeem', 'reverse', 'adjust'] }).notNull(),
    reason: text('reason').notNull(),
    /** What the movement came from: a service record, a commendation, a redemption. */
    sourceType: text('source_type', {
      enum: ['serviceRecord', 'commendation', 'redemption', 'manual'],
    }).notNull(),
    sourceId: uuid('source_id'),
    ruleId: uuid('rule_id').references(() => pointsRules.id),
    reversesId: uuid('reverses_id').references((): AnyPgColumn => pointsLedger.id),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('points_ledger_account_idx').on(t.accountId, t.createdAt),
    index('points_ledger_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    // A redemption is deducted once. (A record may earn again after its earning was reversed for a
    // correction, so "earns once while it stands" is checked under the account lock instead.)
    uniqueIndex('points_ledger_redemption_key').on(t.sourceId).where(sql`${t.kind} = 'redeem'`),
    index('points_ledger_source_idx').on(t.sourceType, t.sourceId),
    uniqueIndex('points_ledger_reverses_key').on(t.reversesId),
    check('points_ledger_amount_check', sql`${t.amount} <> 0`),
  ],
);

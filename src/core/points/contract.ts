import { z } from 'zod';

// Requests and answers of points: rules (积分规则), accounts, the append-only ledger (积分明细).

export const ledgerKinds = ['earn', 'commendation', 'redeem', 'reverse', 'adjust'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
export const ledgerSourceTypes = ['serviceRecord', 'commendation', 'redemption', 'manual'] as const;
export type LedgerSourceType = (typeof ledgerSourceTypes)[number];

const wholePoints = (what: string) =>
  z
    .number({ error: `${what}须为整数` })
    .int(`${what}须为整数`)
    .min(0, `${what}不能为负`)
    .max(10_000, `${what}不超过10000`);
const reason = z.string({ error: '请填写原因' }).trim().min(1, '请填写原因').max(200, '原因不超过200字');

/** A new version of the unit's rule; without `effectiveFrom` it is in force from now on. */
export const pointsRuleInput = z.object({
  pointsPerHour: wholePoints('每小时积分'),
  backboneBonusPerHour: wholePoints('骨干每小时加分').default(0),
  commendationBonus: wholePoints('表扬奖励积分').default(0),
  effectiveFrom: z.iso.datetime({ offset: true, error: '生效时间格式应为 ISO 8601' }).optional(),
});
export type PointsRuleInput = z.infer<typeof pointsRuleInput>;

export const pointsRuleValues = z.object({
  pointsPerHour: z.number().int(),
  backboneBonusPerHour: z.number().int(),
  commendationBonus: z.number().int(),
});

export const pointsRuleView = pointsRuleValues.extend({
  id: z.uuid(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
});
export type PointsRuleView = z.infer<typeof pointsRuleView>;

/**
 * The unit's rule in force now (null while it only uses the default), the default, and every version,
 * newest first; versions that take effect later are in `history` too.
 */
export const pointsRulesAnswer = z.object({
  current: pointsRuleView.nullable(),
  defaults: pointsRuleValues,
  history: z.array(pointsRuleView),
});
export type PointsRulesAnswer = z.infer<typeof pointsRulesAnswer>;

export const pointsAccountListQuery = z.object({
  /** Part of the volunteer's name or number. */
  q: z.string().trim().max(50, '搜索词不超过50字').optional(),
});

const figures = { balance: z.number().int(), held: z.number().int(), available: z.number().int() };

export const pointsAccountSummary = z.object({
  accountId: z.uuid(),
  volunteerId: z.uuid(),
  volunteerName: z.string(),
  volunteerNo: z.string(),
  orgUnitName: z.string(),
  ...figures,
});
export type PointsAccountSummary = z.infer<typeof pointsAccountSummary>;

export const ledgerEntryView = z.object({
  id: z.uuid(),
  amount: z.number().int(),
  kind: z.enum(ledgerKinds),
  reason: z.string(),
  sourceType: z.enum(ledgerSourceTypes),
  sourceId: z.string().nullable(),
  /** The version of the rule an earning was computed by (null: the default rule, or not an earning). */
  ruleVersion: z.number().int().nullable(),
  reversesId: z.string().nullable(),
  /** The entry that reversed this one, if any: an entry is reversed at most once. */
  reversedById: z.string().nullable(),
  /** Who wrote the entry: the staff member (or the volunteer, for a redemption they made). */
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntryView = z.infer<typeof ledgerEntryView>;

/** One account's ledger page (newest first) with its figures. */
export const pointsLedgerPage = z.object({
  account: pointsAccountSummary,
  items: z.array(ledgerEntryView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PointsLedgerPage = z.infer<typeof pointsLedgerPage>;

export const reverseEntryInput = z.object({ reason });
export type ReverseEntryInput = z.infer<typeof reverseEntryInput>;

export const adjustmentInput = z.object({
  amount: z
    .number({ error: '调整积分须为整数' })
    .int('调整积分须为整数')
    .refine((n) => n !== 0, '调整积分不能为0')
    .min(-100_000, '调整积分过大')
    .max(100_000, '调整积分过大'),
  reason,
});
export type AdjustmentInput = z.infer<typeof adjustmentInput>;

/** The volunteer's own points on the phone: figures and the latest movements. */
export const myPoints = z.object({
  ...figures,
  items: z.array(ledgerEntryView),
});
export type MyPoints = z.infer<typeof myPoints>;

const day = z.iso.date('日期格式应为 YYYY-MM-DD');
export const pointsFiguresQuery = z
  .object({ from: day, to: day })
  .refine((q) => q.from <= q.to, { message: '结束日期不能早于开始日期', path: ['to'] });

/** Points issued (earned less reversed) and redeemed in a period, and outstanding now, per unit. */
export const pointsFiguresRow = z.object({
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  pointsIssued: z.number().int(),
  pointsRedeemed: z.number().int(),
  pointsOutstanding: z.number().int(),
});
export type PointsFiguresRow = z.infer<typeof pointsFiguresRow>;

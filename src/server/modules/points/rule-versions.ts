import { desc, eq, max, sql } from 'drizzle-orm';
import type { PointsRuleInput, PointsRulesAnswer, PointsRuleView } from '../../../core/points/contract';
import { DEFAULT_POINTS_RULE } from '../../../core/points/rules';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { ruleInForce } from './ledger';
import { pointsRules } from './schema';

// A unit's points rule (积分规则) in versions: a change is a new version, never an edit, so every
// earning keeps pointing at the version it was computed by.

/**
 * A browser's clock may lag the server's a little; a rule dated within this margin before now counts
 * as "from now". Anything earlier would take effect in the past, which the rule forbids.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

const viewOf = (row: typeof pointsRules.$inferSelect): PointsRuleView => ({
  id: row.id,
  version: row.version,
  pointsPerHour: row.pointsPerHour,
  backboneBonusPerHour: row.backboneBonusPerHour,
  commendationBonus: row.commendationBonus,
  effectiveFrom: row.effectiveFrom.toISOString(),
  createdAt: row.createdAt.toISOString(),
});

/** The rule of the actor's own unit in force now, the default and every version, newest first. */
export async function pointsRulesOfUnit(ctx: ServiceContext): Promise<PointsRulesAnswer> {
  const unitId = ctx.actor.membership.orgUnitId;
  const [history, current] = await Promise.all([
    ctx.db
      .select()
      .from(pointsRules)
      .where(eq(pointsRules.orgUnitId, unitId))
      .orderBy(desc(pointsRules.version)),
    ruleInForce(ctx, unitId, ctx.clock.now()),
  ]);
  const views = history.map(viewOf);
  return {
    current: views.find((v) => v.id === current.id) ?? null,
    defaults: DEFAULT_POINTS_RULE,
    history: views,
  };
}

/** Adds the next version of the actor's unit's rule, in force from `effectiveFrom` (default: now). */
export async function addPointsRuleVersion(
  ctx: ServiceContext,
  input: PointsRuleInput,
): Promise<PointsRuleView> {
  const now = ctx.clock.now();
  const effectiveFrom = input.effectiveFrom ? new Date(input.effectiveFrom) : now;
  if (effectiveFrom.getTime() < now.getTime() - CLOCK_SKEW_MS) throw new AppError('points.rule_in_past', 400);
  const unit = { id: ctx.actor.membership.orgUnitId, path: ctx.actor.membership.orgPath };
  return inTransaction(ctx, async (tx) => {
    // Parallel saves of one unit queue here, so each takes the next number (the unique index backs it).
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`points-rules:${unit.id}`}))`);
    const [{ latest }] = await tx.db
      .select({ latest: max(pointsRules.version) })
      .from(pointsRules)
      .where(eq(pointsRules.orgUnitId, unit.id));
    const [row] = await tx.db
      .insert(pointsRules)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        version: (latest ?? 0) + 1,
        pointsPerHour: input.pointsPerHour,
        backboneBonusPerHour: input.backboneBonusPerHour,
        commendationBonus: input.commendationBonus,
        effectiveFrom,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      action: 'points.rule',
      entity: 'pointsRule',
      entityId: row.id,
      detail: { version: row.version, ...input },
    });
    return viewOf(row);
  });
}

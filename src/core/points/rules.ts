/** A unit's points rule as earnings use it (积分规则); versions are kept by the server. */
export type PointsRuleValues = {
  pointsPerHour: number;
  backboneBonusPerHour: number;
  commendationBonus: number;
};

/** The rule of a unit that has not set its own. */
export const DEFAULT_POINTS_RULE: PointsRuleValues = {
  pointsPerHour: 10,
  backboneBonusPerHour: 0,
  commendationBonus: 50,
};

/**
 * Points for approved service: per hour, pro rata on the minutes (hours are approved in half hours),
 * plus the backbone bonus per hour when the volunteer served as a backbone. Rounded down to whole
 * points, so a record never earns a point it did not complete.
 */
export function pointsForMinutes(minutes: number, rule: PointsRuleValues, backbone: boolean): number {
  const perHour = rule.pointsPerHour + (backbone ? rule.backboneBonusPerHour : 0);
  return Math.floor((perHour * minutes) / 60);
}

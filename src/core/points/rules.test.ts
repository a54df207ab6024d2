import { describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_RULE, pointsForMinutes } from './rules';

describe('points for approved service', () => {
  it('pays per hour, pro rata on half hours, with the backbone bonus', () => {
    const rule = { pointsPerHour: 10, backboneBonusPerHour: 2, commendationBonus: 50 };
    expect(pointsForMinutes(120, rule, false)).toBe(20);
    expect(pointsForMinutes(90, rule, false)).toBe(15);
    expect(pointsForMinutes(90, rule, true)).toBe(18);
    expect(pointsForMinutes(0, rule, true)).toBe(0);
  });

  it('rounds down to whole points', () => {
    expect(pointsForMinutes(30, { ...DEFAULT_POINTS_RULE, pointsPerHour: 5 }, false)).toBe(2);
  });
});

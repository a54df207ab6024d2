import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROUNDING,
  DEFAULT_STAR_THRESHOLDS_HOURS,
  isLateRecord,
  periodDays,
  roundServiceMinutes,
  starLevel,
  volunteerAgeRule,
} from './rules';

describe('volunteerAgeRule', () => {
  it('refuses anyone under 14, on the day before the 14th birthday too', () => {
    expect(volunteerAgeRule('2016-05-01', '2026-12-04')).toBe('tooYoung');
    expect(volunteerAgeRule('2012-12-05', '2026-12-04')).toBe('tooYoung');
  });

  it('asks for a guardian from the 14th birthday until the day before the 18th', () => {
    expect(volunteerAgeRule('2012-12-04', '2026-12-04')).toBe('needsGuardian');
    expect(volunteerAgeRule('2008-12-05', '2026-12-04')).toBe('needsGuardian');
  });

  it('needs nothing from the 18th birthday on', () => {
    expect(volunteerAgeRule('2008-12-04', '2026-12-04')).toBe('adult');
    expect(volunteerAgeRule('1960-01-01', '2026-12-04')).toBe('adult');
  });
});

describe('periodDays', () => {
  it('spans a month, February of a leap year included', () => {
    expect(periodDays('2028-02')).toEqual({
      first: '2028-02-01',
      last: '2028-02-29',
      nextFirst: '2028-03-01',
    });
    expect(periodDays('2026-12')).toEqual({
      first: '2026-12-01',
      last: '2026-12-31',
      nextFirst: '2027-01-01',
    });
  });

  it('spans a year', () => {
    expect(periodDays('2026')).toEqual({ first: '2026-01-01', last: '2026-12-31', nextFirst: '2027-01-01' });
  });
});

describe('roundServiceMinutes (default bands)', () => {
  const round = (m: number) => roundServiceMinutes(m, DEFAULT_ROUNDING);
  it('counts whole hours fully and drops a remainder of up to 15 minutes', () => {
    expect(round(0)).toBe(0);
    expect(round(15)).toBe(0);
    expect(round(60)).toBe(60);
    expect(round(75)).toBe(60);
    expect(round(120)).toBe(120);
  });
  it('rounds 16–45 minutes to half an hour and 46–59 to a whole hour', () => {
    expect(round(16)).toBe(30);
    expect(round(45)).toBe(30);
    expect(round(46)).toBe(60);
    expect(round(59)).toBe(60);
    expect(round(150)).toBe(150);
    expect(round(166)).toBe(180);
  });
  it('treats a negative or fractional span as what it floors to', () => {
    expect(round(-5)).toBe(0);
    expect(round(15.9)).toBe(0);
  });
  it('follows a unit rule of its own', () => {
    const strict = [
      { upToMinutes: 30, minutes: 0 },
      { upToMinutes: 60, minutes: 30 },
    ];
    expect(roundServiceMinutes(90, strict)).toBe(60);
    expect(roundServiceMinutes(91, strict)).toBe(90);
  });
});

describe('starLevel', () => {
  it('gives a star per threshold reached, exactly at the threshold', () => {
    const stars = (hours: number) => starLevel(hours * 60, DEFAULT_STAR_THRESHOLDS_HOURS);
    expect(stars(0)).toBe(0);
    expect(stars(99.5)).toBe(0);
    expect(stars(100)).toBe(1);
    expect(stars(599)).toBe(2);
    expect(stars(600)).toBe(3);
    expect(stars(1500)).toBe(5);
    expect(stars(9999)).toBe(5);
  });
});

describe('isLateRecord', () => {
  it('flags a record made more than N days after the service, across a month end', () => {
    expect(isLateRecord('2026-11-26', '2026-12-03', 7)).toBe(false);
    expect(isLateRecord('2026-11-26', '2026-12-04', 7)).toBe(true);
    expect(isLateRecord('2026-12-04', '2026-12-04', 0)).toBe(false);
    expect(isLateRecord('2026-12-03', '2026-12-04', 0)).toBe(true);
  });
});

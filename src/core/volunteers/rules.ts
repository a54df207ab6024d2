import { ageOn } from '../residents/age-bands';

/**
 * Who may register as a volunteer by age (志愿服务条例 art. 15; the rule): under 14 not alone,
 * 14–17 only with a guardian's consent on record, 18 and over freely.
 */
export type VolunteerAgeRule = 'tooYoung' | 'needsGuardian' | 'adult';

export const minVolunteerAge = 14;
export const adultAge = 18;

/** The age rule for a person born on `birthDate` registering on `today` (both `YYYY-MM-DD`). */
export function volunteerAgeRule(birthDate: string, today: string): VolunteerAgeRule {
  const age = ageOn(birthDate, today);
  if (age < minVolunteerAge) return 'tooYoung';
  if (age < adultAge) return 'needsGuardian';
  return 'adult';
}

/**
 * The days of a ranking or commendation period, "YYYY-MM" (a month) or "YYYY" (a year): the first and
 * last day, and the first day of the next period (the exclusive end of the period's instants).
 */
export function periodDays(period: string): { first: string; last: string; nextFirst: string } {
  const [year, month] = period.split('-').map(Number);
  if (month === undefined)
    return { first: `${year}-01-01`, last: `${year}-12-31`, nextFirst: `${year + 1}-01-01` };
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return {
    first: `${year}-${pad(month)}-01`,
    last: `${year}-${pad(month)}-${pad(lastDay)}`,
    nextFirst: next,
  };
}

// ---- Service hours: rounding, star levels, timeliness ----

/**
 * One band of the rounding rule: the part of a span past whole hours that is at most `upToMinutes`
 * counts as `minutes`. Bands ascend and the last reaches 60, so every remainder falls in one.
 */
export type RoundingBand = { upToMinutes: number; minutes: number };

/** The default rule: ≤15 min → 0, 15–45 min → half an hour, 45–60 min → a whole hour. */
export const DEFAULT_ROUNDING: readonly RoundingBand[] = [
  { upToMinutes: 15, minutes: 0 },
  { upToMinutes: 45, minutes: 30 },
  { upToMinutes: 60, minutes: 60 },
];

/** Whole hours count fully; the remainder rounds by the first band that reaches it. */
export function roundServiceMinutes(spanMinutes: number, bands: readonly RoundingBand[]): number {
  const span = Math.max(0, Math.floor(spanMinutes));
  const whole = Math.floor(span / 60) * 60;
  const rest = span - whole;
  const band = bands.find((b) => rest <= b.upToMinutes) ?? bands[bands.length - 1];
  return whole + (rest === 0 ? 0 : band.minutes);
}

export const DEFAULT_STAR_THRESHOLDS_HOURS: readonly number[] = [100, 300, 600, 1000, 1500];

/** 0–5 stars: one per threshold (in hours) the approved minutes reach. */
export function starLevel(approvedMinutes: number, thresholdsHours: readonly number[]): number {
  return thresholdsHours.filter((hours) => approvedMinutes >= hours * 60).length;
}

export const DEFAULT_LATE_AFTER_DAYS = 7;

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** 志愿服务记录 must be timely: a record made more than `lateAfterDays` days after the service is late. */
export function isLateRecord(serviceDate: string, recordedOn: string, lateAfterDays: number): boolean {
  return dayNumber(recordedOn) - dayNumber(serviceDate) > lateAfterDays;
}

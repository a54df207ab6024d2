/**
 * Age on a reference date, and the bands the seeds count. The rule, stated once:
 * a person is N years old from their N-th birthday on (a 29 February birthday counts from 1 March in
 * common years). Bands are half-open by completed years: 0–3 means age 0, 1 or 2; 3–6 means 3, 4, 5;
 * 6–18 means 6 to 17; under 18 is 0–17; 60+ is 60 and over; 80+ is 80 and over.
 */
export type AgeBand = 'age60plus' | 'age80plus' | 'under18' | 'age0to3' | 'age3to6' | 'age6to18';

export const ageBands: Record<AgeBand, { min: number; maxExclusive: number | null; label: string }> = {
  age60plus: { min: 60, maxExclusive: null, label: '60周岁及以上' },
  age80plus: { min: 80, maxExclusive: null, label: '80周岁及以上' },
  under18: { min: 0, maxExclusive: 18, label: '18周岁以下' },
  age0to3: { min: 0, maxExclusive: 3, label: '0-3岁' },
  age3to6: { min: 3, maxExclusive: 6, label: '3-6岁' },
  age6to18: { min: 6, maxExclusive: 18, label: '6-18岁' },
};

/** Completed years between an ISO birth date and an ISO reference date. */
export function ageOn(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ry, rm, rd] = asOf.split('-').map(Number);
  const hadBirthday = rm > bm || (rm === bm && rd >= bd);
  return ry - by - (hadBirthday ? 0 : 1);
}

export function inAgeBand(birthDate: string, asOf: string, band: AgeBand): boolean {
  const age = ageOn(birthDate, asOf);
  const { min, maxExclusive } = ageBands[band];
  return age >= min && (maxExclusive === null || age < maxExclusive);
}

/**
 * The birth-date window of a band on a date, for SQL: born on or before `bornOnOrBefore` and after
 * `bornAfter`. Equivalent to `inAgeBand` (tested), so the database can use a plain date index.
 */
export function birthDateWindow(
  band: AgeBand,
  asOf: string,
): { bornOnOrBefore: string; bornAfter: string | null } {
  const { min, maxExclusive } = ageBands[band];
  return {
    bornOnOrBefore: shiftYears(asOf, -min),
    bornAfter: maxExclusive === null ? null : shiftYears(asOf, -maxExclusive),
  };
}

/** The same calendar day N years away; 29 February becomes 28 February in a common year. */
export function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

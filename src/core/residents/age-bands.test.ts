import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgeBand, ageBands, ageOn, birthDateWindow, inAgeBand } from './age-bands';

const iso = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const band = fc.constantFrom(...(Object.keys(ageBands) as AgeBand[]));

describe('age bands', () => {
  it('counts completed years, with 29 February birthdays from 1 March in common years', () => {
    expect(ageOn('1950-03-01', '2025-02-28')).toBe(74);
    expect(ageOn('1950-03-01', '2025-03-01')).toBe(75);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('puts a child of exactly 3 in 3–6, not 0–3, and someone of exactly 60 in 60+', () => {
    expect(inAgeBand('2022-05-01', '2025-05-01', 'age0to3')).toBe(false);
    expect(inAgeBand('2022-05-01', '2025-05-01', 'age3to6')).toBe(true);
    expect(inAgeBand('1965-05-01', '2025-05-01', 'age60plus')).toBe(true);
    expect(inAgeBand('1965-05-02', '2025-05-01', 'age60plus')).toBe(false);
  });

  it('the SQL birth-date window agrees with the rule for every date and band', () => {
    fc.assert(
      fc.property(iso, iso, band, (birthDate, asOf, b) => {
        fc.pre(birthDate <= asOf);
        const { bornOnOrBefore, bornAfter } = birthDateWindow(b, asOf);
        const inWindow = birthDate <= bornOnOrBefore && (bornAfter === null || birthDate > bornAfter);
        expect(inWindow).toBe(inAgeBand(birthDate, asOf, b));
      }),
      { numRuns: 5000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckChar, parseIdNumber } from './id-card';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const validDate = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2025-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const idArb = fc
  .record({
    area: fc.integer({ min: 110000, max: 659999 }),
    date: validDate,
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ area, date, seq }) => {
    const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `${area}${ymd}${pad(seq, 3)}`;
    return { id: first17 + idCheckChar(first17), birthDate: date.toISOString().slice(0, 10), seq };
  });

describe('GB 11643 ID numbers', () => {
  it('accepts every well-formed number and derives birth date and sex', () => {
    fc.assert(
      fc.property(idArb, ({ id, birthDate, seq }) => {
        const parsed = parseIdNumber(id);
        expect(parsed).toEqual({ ok: true, facts: { birthDate, sex: seq % 2 === 1 ? 'male' : 'female' } });
      }),
    );
  });

  it('rejects any single changed character', () => {
    fc.assert(
      fc.property(
        idArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        ({ id }, pos, delta) => {
          const chars = [...id];
          const digit = chars[pos] === 'X' ? 10 : Number(chars[pos]);
          const changed = (digit + delta) % 10;
          chars[pos] = String(changed);
          fc.pre(chars.join('') !== id);
          expect(parseIdNumber(chars.join('')).ok).toBe(false);
        },
      ),
    );
  });

  it('accepts a lower-case x and spaces, and names the problem', () => {
    const first17 = '35020619500301123';
    const id = first17 + idCheckChar(first17);
    expect(parseIdNumber(` ${id.toLowerCase()}\u3000`).ok).toBe(true);
    expect(parseIdNumber('3502061950030112')).toEqual({ ok: false, problem: 'format' });
    expect(parseIdNumber('350206195002301234')).toEqual({ ok: false, problem: 'date' });
    const wrongCheck = first17 + (idCheckChar(first17) === '0' ? '1' : '0');
    expect(parseIdNumber(wrongCheck)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('knows the published example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
  });
});

import { describe, expect, it } from 'vitest';
import {
  bookQuantity,
  fenToYuan,
  redemptionExpiresAt,
  stockAfterCount,
  withinPersonLimit,
  withinWindow,
  yuanToFen,
} from './rules';

describe('yuan and fen', () => {
  it('turns yuan with up to two decimals into whole fen and back', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('12.05')).toBe(1205);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('30')).toBe(3000);
    expect(fenToYuan(1205)).toBe('12.05');
    expect(fenToYuan(3000)).toBe('30.00');
    expect(fenToYuan(7)).toBe('0.07');
  });

  it('refuses anything that is not an amount', () => {
    for (const bad of ['1.234', '-1', 'abc', '', '1.', '.5'])
      expect(() => yuanToFen(bad)).toThrow(RangeError);
  });
});

describe('windows and limits', () => {
  const day = (d: string) => new Date(`${d}T00:00:00+08:00`);
  it('lets an open end mean no limit', () => {
    expect(withinWindow({ availableFrom: null, availableUntil: null }, day('2026-12-04'))).toBe(true);
    expect(withinWindow({ availableFrom: day('2026-12-05'), availableUntil: null }, day('2026-12-04'))).toBe(
      false,
    );
    expect(withinWindow({ availableFrom: null, availableUntil: day('2026-12-03') }, day('2026-12-04'))).toBe(
      false,
    );
    expect(
      withinWindow(
        { availableFrom: day('2026-12-01'), availableUntil: day('2026-12-31') },
        day('2026-12-04'),
      ),
    ).toBe(true);
  });

  it('counts held and collected quantities against the per-person limit', () => {
    expect(withinPersonLimit(null, 99, 1)).toBe(true);
    expect(withinPersonLimit(2, 1, 1)).toBe(true);
    expect(withinPersonLimit(2, 1, 2)).toBe(false);
  });

  it('expires a redemption seven days after it was made', () => {
    expect(redemptionExpiresAt(new Date('2026-12-04T02:00:00Z')).toISOString()).toBe(
      '2026-12-11T02:00:00.000Z',
    );
  });
});

describe('stock-takes', () => {
  it('books stock plus what open redemptions hold, and keeps the held part promised', () => {
    expect(bookQuantity(8, 2)).toBe(10);
    expect(stockAfterCount(9, 2)).toBe(7);
    expect(stockAfterCount(2, 2)).toBe(0);
    expect(stockAfterCount(1, 2)).toBeNull();
  });
});

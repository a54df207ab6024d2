import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { PERIOD_PRESETS, periodRange } from './periodPresets';

const days = (today: string) =>
  Object.fromEntries(
    PERIOD_PRESETS.map((p) => [p, periodRange(p, dayjs(today)).map((d) => d.format('YYYY-MM-DD'))]),
  );

describe('period quick ranges', () => {
  it('cover the whole month, quarter, year and last year', () => {
    expect(days('2026-12-04')).toEqual({
      thisMonth: ['2026-12-01', '2026-12-31'],
      thisQuarter: ['2026-10-01', '2026-12-31'],
      thisYear: ['2026-01-01', '2026-12-31'],
      lastYear: ['2025-01-01', '2025-12-31'],
    });
  });

  it('end a quarter on its last day, whatever the month length', () => {
    expect(days('2024-01-31').thisQuarter).toEqual(['2024-01-01', '2024-03-31']);
    expect(days('2026-05-31').thisQuarter).toEqual(['2026-04-01', '2026-06-30']);
    expect(days('2026-02-28').thisMonth).toEqual(['2026-02-01', '2026-02-28']);
  });
});

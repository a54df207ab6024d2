import type { Dayjs } from 'dayjs';

export const PERIOD_PRESETS = ['thisMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The whole calendar month, quarter, year and last year around `today` (offices file by these). */
export function periodRange(preset: PeriodPreset, today: Dayjs): [Dayjs, Dayjs] {
  switch (preset) {
    case 'thisMonth':
      return [today.startOf('month'), today.endOf('month')];
    case 'thisQuarter': {
      const start = today.month(Math.floor(today.month() / 3) * 3).startOf('month');
      return [start, start.add(2, 'month').endOf('month')];
    }
    case 'thisYear':
      return [today.startOf('year'), today.endOf('year')];
    case 'lastYear': {
      const last = today.subtract(1, 'year');
      return [last.startOf('year'), last.endOf('year')];
    }
  }
}

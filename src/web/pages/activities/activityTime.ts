import dayjs, { type Dayjs } from 'dayjs';

// Activities happen in Xiamen: every time is entered and shown as Beijing time (UTC+8, no summer
// time), whatever the browser's own zone. Pickers hold Beijing wall-clock values.
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2025-10-01T09:00" as the clock in Xiamen shows the instant. */
const shanghaiWallClock = (instant: Date): string =>
  new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16);

/** A picker value for an ISO instant. */
export const pickerValue = (iso: string): Dayjs => dayjs(shanghaiWallClock(new Date(iso)));

/** Now, as a picker value. */
export const pickerNow = (): Dayjs => dayjs(shanghaiWallClock(new Date()));

/** The ISO instant (with +08:00) for a picker value. */
export const isoFromPicker = (value: Dayjs): string => `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

/** Today's date in Xiamen, YYYY-MM-DD. */
export const shanghaiToday = (): string => shanghaiWallClock(new Date()).slice(0, 10);

/** "2025-10-01 09:00" in Beijing time. */
export const formatMinute = (iso: string): string => shanghaiWallClock(new Date(iso)).replace('T', ' ');

const dayFormat = (locale: string, withYear: boolean) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: withYear ? 'numeric' : undefined,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  });

/**
 * "10月25日周六 14:00–16:00"; both ends in full when a session runs past midnight. `withYear` for lists
 * that reach back over years ("2019年10月25日周五 …").
 */
export const formatSessionRange = (
  startsAt: string,
  endsAt: string,
  locale: string,
  withYear = false,
): string => {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const days = dayFormat(locale, withYear);
  const startClock = shanghaiWallClock(start);
  const endClock = shanghaiWallClock(end);
  if (startClock.slice(0, 10) === endClock.slice(0, 10)) {
    return `${days.format(start)} ${startClock.slice(11)}–${endClock.slice(11)}`;
  }
  return `${days.format(start)} ${startClock.slice(11)} – ${days.format(end)} ${endClock.slice(11)}`;
};

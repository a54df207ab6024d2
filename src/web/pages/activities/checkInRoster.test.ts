import { describe, expect, it } from 'vitest';
import type { AttendanceRow, Registration } from '../../api/activities';
import { attendanceRate, checkInRoster } from './checkInRoster';

const reg = (residentId: string, status: Registration['status'] = 'registered'): Registration => ({
  id: `r-${residentId}`,
  activityId: 'a',
  residentId,
  residentName: `居民${residentId}`,
  status,
  waitlistRank: status === 'waitlisted' ? 1 : null,
  source: 'staff',
  createdAt: '2026-10-01T00:00:00.000Z',
});
const came = (residentId: string): AttendanceRow => ({
  residentId,
  name: `居民${residentId}`,
  method: 'staff',
  checkedInAt: '2026-10-21T01:05:00.000Z',
});

describe('check-in roster', () => {
  it('lists every live registrant, those not in yet first, then walk-ins; cancelled left out', () => {
    const rows = checkInRoster(
      [reg('1'), reg('2'), reg('3', 'cancelled'), reg('4', 'waitlisted')],
      [came('1'), came('9')],
    );
    expect(rows.map((r) => [r.residentId, r.attendance !== null])).toEqual([
      ['2', false],
      ['4', false],
      ['1', true],
      ['9', true],
    ]);
    expect(rows[3].registration).toBeNull();
  });

  it('counts the rate over registered people only, not the waitlist or walk-ins', () => {
    const rows = checkInRoster(
      [reg('1'), reg('2'), reg('3'), reg('4', 'waitlisted')],
      [came('1'), came('4'), came('9')],
    );
    expect(attendanceRate(rows)).toEqual({ attended: 1, registered: 3, percent: 33 });
    expect(attendanceRate(checkInRoster([], [came('9')]))).toBeNull();
  });
});

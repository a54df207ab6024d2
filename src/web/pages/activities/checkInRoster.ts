import type { AttendanceRow, Registration } from '../../api/activities';

/** One line of a session's check-in list: a registrant (checked in or not) or a walk-in. */
export type RosterRow = {
  residentId: string;
  name: string;
  registration: Registration | null;
  attendance: AttendanceRow | null;
};

/**
 * Everyone signed up or waiting, then walk-ins (checked in without a registration); those not yet in
 * first, so the person at the door is near the top.
 */
export function checkInRoster(registrations: Registration[], attendance: AttendanceRow[]): RosterRow[] {
  const present = new Map(attendance.map((a) => [a.residentId, a]));
  const live = registrations.filter((r) => r.status !== 'cancelled');
  const signedUp = new Set(live.map((r) => r.residentId));
  const rows: RosterRow[] = live.map((r) => ({
    residentId: r.residentId,
    name: r.residentName,
    registration: r,
    attendance: present.get(r.residentId) ?? null,
  }));
  const walkIns = attendance
    .filter((a) => !signedUp.has(a.residentId))
    .map((a) => ({ residentId: a.residentId, name: a.name, registration: null, attendance: a }));
  const waitingFirst = (a: RosterRow, b: RosterRow) =>
    Number(a.attendance !== null) - Number(b.attendance !== null);
  return [...rows.sort(waitingFirst), ...walkIns];
}

/** 出勤率: registered (not waitlisted) people who came, over those registered; null with nobody registered. */
export function attendanceRate(
  rows: RosterRow[],
): { attended: number; registered: number; percent: number } | null {
  const registered = rows.filter((r) => r.registration?.status === 'registered');
  if (registered.length === 0) return null;
  const attended = registered.filter((r) => r.attendance !== null).length;
  return {
    attended,
    registered: registered.length,
    percent: Math.round((attended / registered.length) * 100),
  };
}

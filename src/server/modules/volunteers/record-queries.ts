import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { serviceRecords, volunteers } from './schema';

// What the points demo loader reads of service records (through service.ts): kept apart from
// records.ts, which itself uses service.ts, so that no import cycle forms.

/** Approved records for the points demo loader: every unit's, straight from the table (no actor). */
export async function approvedServiceRecords(db: Db) {
  const rows = await db
    .select({
      recordId: serviceRecords.id,
      minutes: serviceRecords.minutes,
      approvedAt: serviceRecords.reviewedAt,
      volunteer: {
        id: volunteers.id,
        orgUnitId: volunteers.orgUnitId,
        orgPath: volunteers.orgPath,
        role: volunteers.role,
      },
    })
    .from(serviceRecords)
    .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
    .where(eq(serviceRecords.status, 'approved'))
    .orderBy(serviceRecords.reviewedAt);
  return rows.map((r) => ({ ...r, minutes: r.minutes ?? 0, approvedAt: r.approvedAt ?? new Date(0) }));
}

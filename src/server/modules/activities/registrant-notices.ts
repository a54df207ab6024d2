import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context';
import { notifyResidents } from '../notifications/service';
import { registrations } from './schema';

/** Tells everyone registered or waiting for an activity (its cancellation, a change of time). */
export async function notifyRegistrants(
  tx: ServiceContext,
  activityId: string,
  message: { title: string; body: string },
): Promise<void> {
  const live = await tx.db
    .select({ residentId: registrations.residentId })
    .from(registrations)
    .where(
      and(
        eq(registrations.activityId, activityId),
        inArray(registrations.status, ['registered', 'waitlisted']),
      ),
    );
  await notifyResidents(
    tx,
    live.map((r) => r.residentId),
    message,
  );
}

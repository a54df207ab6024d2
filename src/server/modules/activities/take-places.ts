import { sql } from 'drizzle-orm';
import type { RegisterOutcome } from '../../../core/activities/self-service-contract';
import { type Db, preparedRows } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { inBatches, type Settled } from '../../db/turns';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import { auditFromRow } from '../audit/service';
import type { ResidentRef } from '../residents/service';
import { type activities, registrations } from './schema';

type ActivityRow = typeof activities.$inferSelect;

/** One sign-up that passed its checks, waiting for its place. */
type SignUp = { ctx: ServiceContext; activity: ActivityRow; resident: ResidentRef; source: 'self' | 'staff' };

/**
 * The sign-ups of one batch in one statement: `take_places_or_wait` locks the activity's row once and
 * answers each, in order, a place or the next waitlist number (decision 015); the registrations and their
 * audit rows, each with who asked, are written by the same statement and commit with it.
 */
function takePlacesStatement(activity: ActivityRow, batch: SignUp[]) {
  // A whole array is one parameter (a plain array in `sql` would become a list of parameters).
  const column = (value: (s: SignUp) => string | null) => sql.param(batch.map(value));
  return sql`with wanted as (
      select * from unnest(${column((s) => s.resident.id)}::uuid[], ${column((s) => s.resident.orgPath)}::text[],
        ${column((s) => s.source)}::text[], ${column((s) => s.ctx.actor.userId)}::text[],
        ${column((s) => s.ctx.actor.name)}::text[], ${column((s) => s.ctx.actor.ip)}::text[],
        ${column((s) => s.ctx.actor.userAgent)}::text[])
        with ordinality as w(resident_id, org_path, source, actor_user_id, actor_name, ip, user_agent, ord)),
    taken as (select * from take_places_or_wait(${activity.id}::uuid, ${batch.length}::int)),
    added as (
      insert into ${registrations} (activity_id, resident_id, org_path, status, waitlist_position, source)
      select ${activity.id}, w.resident_id, w.org_path,
        case when t.free then 'registered' else 'waitlisted' end, t.waitlist_position, w.source
      from wanted w join taken t on t.ord = w.ord
      returning id, resident_id, status, waitlist_position),
    asked as (
      select a.*, w.ord, w.source, w.actor_user_id, w.actor_name, w.ip, w.user_agent, t.waitlist_rank
      from added a join wanted w using (resident_id) join taken t on t.ord = w.ord),
    audited as (${auditFromRow(
      { userId: sql`actor_user_id`, name: sql`actor_name`, ip: sql`ip`, userAgent: sql`user_agent` },
      sql`asked`,
      {
        action: sql`case when status = 'registered' then 'activities.register' else 'activities.waitlist' end`,
        entity: 'registration',
        entityId: sql`id::text`,
        orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
        detail: sql`jsonb_build_object('activityId', ${activity.id}::text, 'residentId', resident_id, 'source', source)`,
      },
    )})
    select ord::int, id as "registrationId", status, waitlist_position as "waitlistPosition",
      waitlist_rank as "waitlistRank"
    from asked order by ord`;
}

async function takePlaces(db: Db, batch: SignUp[]): Promise<Settled<RegisterOutcome>[]> {
  const [{ activity }] = batch;
  try {
    const rows = await preparedRows<RegisterOutcome & { ord: number }>(
      db,
      takePlacesStatement(activity, batch),
    );
    if (rows.length === 0) return batch.map(() => ({ error: new AppError('activities.not_published', 409) }));
    return rows.map(({ ord: _, ...outcome }) => ({ value: outcome }));
  } catch (error) {
    if (!isUniqueViolation(error, 'registrations_live_key')) throw error;
    if (batch.length === 1) return [{ error: new AppError('activities.already_registered', 409) }];
    // Someone in the batch already holds a place (asked twice at once): the statement wrote nothing, so
    // each asks alone and only they are refused.
    const alone: Settled<RegisterOutcome>[] = [];
    for (const signUp of batch) alone.push(...(await takePlaces(db, [signUp])));
    return alone;
  }
}

/**
 * Takes a place, or the next waitlist number once the places are gone. The sign-ups of one activity go
 * in batches, one statement each, and the activity's row is locked only while that statement runs and
 * commits, so capacity holds under any number of parallel requests and app servers. What a concurrent
 * change could have broken since the checks is checked again there: the status under the lock, a second
 * live registration by the unique index.
 */
export function takePlaceOrWait(signUp: SignUp): Promise<RegisterOutcome> {
  const { db } = signUp.ctx;
  return inBatches(db, signUp.activity.id, signUp, (batch) => takePlaces(db, batch));
}

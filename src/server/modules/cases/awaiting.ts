import { and, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../http/actor';
import { wholeToActor } from './access';
import { cases } from './schema';

/** An open case with no record for this many days waits for its worker's next step. */
export const caseQuietDays = 14;

/**
 * Open cases the actor works on, supervises or (staff) oversees whose last record is older than
 * `caseQuietDays` before `today`: every stage is worked through dated records, so a quiet case is one
 * whose next step — a record, or moving it on — is due. The home's line and the list's filter share it.
 */
export function awaitingStep(actor: Actor, today: string): SQL {
  return and(
    ne(cases.stage, 'closed'),
    wholeToActor(actor),
    // Written out: drizzle prints a bare "id" in a single-table select, which here would name r.id.
    sql`not exists (select 1 from case_records r where r.case_id = cases.id
      and r.recorded_on > ${today}::date - ${caseQuietDays}::int)`,
  ) as SQL;
}

import { and, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ResidentAttention } from '../../../core/residents/contract';
import { residents } from './schema';

/**
 * Records that need the community's attention; the home's lines and the registry's filter share them.
 * - `incomplete`: no 小区 or no 网格. The roster requires both, and every grid list, visit plan and count
 *   per grid depends on them; a record entered by hand may leave them out.
 * - `consentMissing`: no separate consent in force where the registry needs one — the person uses the
 *   phone pages through an account (sign-ups, check-ins and messages are processed beyond the
 *   community's legal duty), or the record's legal basis says consent.
 */
export function attentionCondition(kind: ResidentAttention): SQL {
  if (kind === 'incomplete') return or(isNull(residents.compoundId), isNull(residents.gridId)) as SQL;
  return and(
    or(isNotNull(residents.userId), sql`${residents.legalBasis} = 'consent'`),
    // Written out: drizzle prints a bare "id" in a single-table select, which here would name c.id.
    sql`not exists (select 1 from resident_consents c where c.resident_id = residents.id
      and c.basis = 'consent' and c.withdrawn_at is null)`,
  ) as SQL;
}

import { and, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { maskIdNumber, maskMobile } from '../../../core/mask';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { residents } from './schema';

const batchSize = 1000;

/**
 * Fills the masked ID number and mobile of residents written before they were kept (migration 0021):
 * lists show the masked forms without decrypting, so every row must have them. A thousand rows a
 * statement; a row another server filled meanwhile is filled again with the same values.
 */
export async function fillMaskedForms(db: Db, crypto: FieldCrypto): Promise<number> {
  const missing = or(
    isNull(residents.idNumberMasked),
    and(isNotNull(residents.mobileEnc), isNull(residents.mobileMasked)),
  );
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: residents.id, idNumberEnc: residents.idNumberEnc, mobileEnc: residents.mobileEnc })
      .from(residents)
      .where(missing)
      .limit(batchSize);
    if (rows.length === 0) return filled;
    const masked = rows.map((row) => ({
      id: row.id,
      idNumber: maskIdNumber(crypto.decrypt(row.idNumberEnc)),
      mobile: row.mobileEnc ? maskMobile(crypto.decrypt(row.mobileEnc)) : null,
    }));
    await db.execute(sql`update ${residents} r set id_number_masked = v.id_number, mobile_masked = v.mobile
      from unnest(${sql.param(masked.map((m) => m.id))}::uuid[],
        ${sql.param(masked.map((m) => m.idNumber))}::text[],
        ${sql.param(masked.map((m) => m.mobile))}::text[]) as v(id, id_number, mobile)
      where r.id = v.id`);
    filled += rows.length;
  }
}

import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile } from '../../../core/mask';
import { createFieldCrypto } from '../../crypto/field-crypto';
import type { DatabaseHandle } from '../../db/client';
import { openTestDatabase } from '../../testing/test-db';
import { testSecrets } from '../../testing/test-secrets';
import { residents } from './schema';
import { fillMaskedForms } from './upgrade';

const crypto = createFieldCrypto(testSecrets);
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const masksOf = (ids: string[]) =>
  handle.db
    .select({
      id: residents.id,
      idNumberEnc: residents.idNumberEnc,
      mobileEnc: residents.mobileEnc,
      idNumberMasked: residents.idNumberMasked,
      mobileMasked: residents.mobileMasked,
    })
    .from(residents)
    .where(inArray(residents.id, ids));

describe('masked forms at start', () => {
  it('are kept by every write, and filled for older rows from the ciphertext, once', async () => {
    const rows = await handle.db
      .select({ id: residents.id })
      .from(residents)
      .where(sql`${residents.mobileEnc} is not null`)
      .limit(3);
    const ids = rows.map((row) => row.id);
    const written = await masksOf(ids);
    for (const row of written) {
      expect(row.idNumberMasked).toBe(maskIdNumber(crypto.decrypt(row.idNumberEnc)));
      expect(row.mobileMasked).toBe(maskMobile(crypto.decrypt(row.mobileEnc ?? '')));
    }
    // As they were before migration 0021.
    await handle.db
      .update(residents)
      .set({ idNumberMasked: null, mobileMasked: null })
      .where(inArray(residents.id, ids));
    expect(await fillMaskedForms(handle.db, crypto)).toBe(3);
    expect(await masksOf(ids)).toEqual(expect.arrayContaining(written));
    expect(await fillMaskedForms(handle.db, crypto)).toBe(0);
  });
});

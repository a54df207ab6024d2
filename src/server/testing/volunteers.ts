import type { FieldCrypto } from '../crypto/field-crypto';
import type { Db } from '../db/client';
import { volunteers } from '../modules/volunteers/schema';

export type TestVolunteer = { id: string; orgUnitId: string; orgPath: string; name: string };

/**
 * `count` active standalone volunteers of a unit, written straight to the table so that tests of
 * points and the shop do not depend on the volunteer screens. Their numbers start with `prefix`.
 */
export async function insertTestVolunteers(
  db: Db,
  crypto: FieldCrypto,
  unit: { id: string; path: string },
  count: number,
  prefix = 'T',
): Promise<TestVolunteer[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const idNumber = `TEST-${prefix}-${i}-${unit.id}`;
    return {
      orgUnitId: unit.id,
      orgPath: unit.path,
      volunteerNo: `${prefix}-${String(i).padStart(6, '0')}-${unit.id.slice(0, 8)}`,
      name: `测试志愿者${i + 1}`,
      idType: 'other' as const,
      idNumberEnc: crypto.encrypt(idNumber),
      idNumberHash: crypto.hash(idNumber),
      idTail: idNumber.slice(-4),
      birthDate: '1980-01-01',
      affiliation: 'resident' as const,
      status: 'active' as const,
      source: 'staff' as const,
      createdBy: 'test',
    };
  });
  const inserted: TestVolunteer[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await db
        .insert(volunteers)
        .values(rows.slice(i, i + 500))
        .returning({
          id: volunteers.id,
          orgUnitId: volunteers.orgUnitId,
          orgPath: volunteers.orgPath,
          name: volunteers.name,
        })),
    );
  }
  return inserted;
}

import { eq } from 'drizzle-orm';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { compounds, grids } from '../../modules/org-units/schema';
import { households, residents } from '../../modules/residents/schema';
import { residentValues } from '../../modules/residents/service';
import type { Db } from '../client';
import { type DemoResident, generateResidents } from './residents';

type Unit = { id: string; path: string };

/** One community's synthetic registry, written as the roster importer would write it. */
export async function loadDemoResidents(
  tx: Db,
  crypto: FieldCrypto,
  communityName: string,
  unit: Unit,
): Promise<void> {
  const people = generateResidents(communityName);
  const [compoundRows, gridRows] = await Promise.all([
    tx
      .select({ id: compounds.id, name: compounds.name })
      .from(compounds)
      .where(eq(compounds.orgUnitId, unit.id)),
    tx.select({ id: grids.id, name: grids.name }).from(grids).where(eq(grids.orgUnitId, unit.id)),
  ]);
  const compoundIds = new Map(compoundRows.map((c) => [c.name, c.id]));
  const gridIds = new Map(gridRows.map((g) => [g.name, g.id]));
  const householdIds = await insertHouseholds(tx, unit, [...new Set(people.map((p) => p.householdNo))]);
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    await tx.insert(residents).values(
      chunk.map((p) => ({
        ...residentValues(crypto, toInput(p, compoundIds, gridIds)),
        orgUnitId: unit.id,
        orgPath: unit.path,
        householdId: householdIds.get(p.householdNo) ?? null,
      })),
    );
  }
}

function toInput(p: DemoResident, compoundIds: Map<string, string>, gridIds: Map<string, string>) {
  return {
    name: p.name,
    idType: 'residentId' as const,
    idNumber: p.idNumber,
    mobile: p.mobile,
    hukouType: p.hukouType,
    compoundId: compoundIds.get(p.compoundName) ?? null,
    gridId: gridIds.get(p.gridName) ?? null,
    room: p.room,
    householdNo: p.householdNo,
    relationToHead: p.relationToHead,
    politicalStatus: p.politicalStatus,
    sensitive: p.sensitive,
    notes: p.notes,
  };
}

async function insertHouseholds(tx: Db, unit: Unit, numbers: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 2000) {
    const rows = await tx
      .insert(households)
      .values(
        numbers
          .slice(i, i + 2000)
          .map((householdNo) => ({ orgUnitId: unit.id, orgPath: unit.path, householdNo })),
      )
      .returning({ id: households.id, householdNo: households.householdNo });
    for (const r of rows) ids.set(r.householdNo, r.id);
  }
  return ids;
}

import type { Db } from '../../db/client';
import { streets } from '../../db/demo-data/org-tree';
import { type DemoResident, generateResidents } from '../../db/demo-data/residents';
import type { DemoLoader, DemoUnit } from '../../platform/demo-world';
import { placesOfCommunity } from '../org-units/service';
import { households, residents } from './schema';
import { residentValues } from './service';

/** Every community's synthetic registry, written as the roster importer would write it. */
export const loadDemoResidents: DemoLoader = async ({ tx, crypto, units }) => {
  for (const community of streets.flatMap((s) => s.communities)) {
    const unit = units.get(community.name)!;
    const people = generateResidents(community.name);
    const places = await placesOfCommunity(tx, unit.id);
    const compoundIds = new Map(places.compounds.map((c) => [c.name, c.id]));
    const gridIds = new Map(places.grids.map((g) => [g.name, g.id]));
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
};

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

async function insertHouseholds(tx: Db, unit: DemoUnit, numbers: string[]): Promise<Map<string, string>> {
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

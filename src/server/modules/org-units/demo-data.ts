import type { Db } from '../../db/client';
import { district, streets } from '../../db/demo-data/org-tree';
import { compoundGridOf } from '../../db/demo-data/residents';
import type { DemoLoader, DemoUnit } from '../../platform/demo-world';
import { compounds, grids, orgUnits } from './schema';

async function insertUnit(tx: Db, values: typeof orgUnits.$inferInsert): Promise<DemoUnit> {
  const [row] = await tx.insert(orgUnits).values(values).returning({ id: orgUnits.id, path: orgUnits.path });
  return row;
}

/** The seeds' tree: 湖里区, its streets and their communities, each community with its grids and compounds. */
export const loadDemoOrgUnits: DemoLoader = async ({ tx, units }) => {
  const root = await insertUnit(tx, {
    kind: 'district',
    name: district.name,
    code: district.code,
    path: district.code,
  });
  units.set(district.name, root);
  for (const street of streets) {
    const streetRef = await insertUnit(tx, {
      kind: 'street',
      parentId: root.id,
      name: street.name,
      code: street.code,
      path: `${root.path}.${street.code}`,
    });
    units.set(street.name, streetRef);
    for (const c of street.communities) {
      const unit = await insertUnit(tx, {
        kind: 'community',
        parentId: streetRef.id,
        name: c.name,
        code: c.code,
        path: `${streetRef.path}.${c.code}`,
      });
      units.set(c.name, unit);
      const owner = { orgUnitId: unit.id, orgPath: unit.path };
      const gridRows = await tx
        .insert(grids)
        .values(c.grids.map((name, i) => ({ ...owner, name, sortOrder: i })))
        .returning({ id: grids.id, name: grids.name });
      const gridOf = compoundGridOf(c);
      const gridIds = new Map(gridRows.map((g) => [g.name, g.id]));
      await tx.insert(compounds).values(
        c.compounds.map((x, i) => ({
          ...owner,
          ...x,
          sortOrder: i,
          gridId: gridIds.get(gridOf.get(x.name) ?? '') ?? null,
        })),
      );
    }
  }
};

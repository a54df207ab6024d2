import { demoProviders } from '../../db/demo-data/accounts';
import { district } from '../../db/demo-data/org-tree';
import type { DemoLoader } from '../../platform/demo-world';
import { providers } from './schema';

/** The demo contractors, registered at the district so every street and community may engage them. */
export const loadDemoProviders: DemoLoader = async ({ tx, units, providers: ids }) => {
  const root = units.get(district.name)!;
  for (const { key, ...p } of demoProviders) {
    const [row] = await tx
      .insert(providers)
      .values({ ...p, orgUnitId: root.id, orgPath: root.path })
      .returning({ id: providers.id });
    ids.set(key, row.id);
  }
};

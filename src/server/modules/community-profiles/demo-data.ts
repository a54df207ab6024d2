import { demoProfiles } from '../../db/demo-data/profiles';
import type { DemoLoader } from '../../platform/demo-world';
import { communityProfiles } from './schema';

/** What the seeds' communities declare about themselves. */
export const loadDemoProfiles: DemoLoader = async ({ tx, units }) => {
  for (const [community, declared] of Object.entries(demoProfiles)) {
    const unit = units.get(community)!;
    await tx
      .insert(communityProfiles)
      .values({ orgUnitId: unit.id, orgPath: unit.path, declared, updatedBy: '演示数据' });
  }
};

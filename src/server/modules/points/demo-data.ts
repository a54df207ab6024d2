import { type DemoLoader, type DemoWorld, yuanshanSocialWorkerAt } from '../../platform/demo-world';
import { approvedServiceRecords } from '../volunteers/service';
import { pointsRules } from './schema';
import { earnForServiceRecord } from './service';

// 园山's points: a rule from a year ago (10 an hour, backbones +2, commendations 50), raised to 12 an
// hour three months ago; then every approved demo service record earns by the version in force when
// it was approved, through the points service, dated at its approval. Runs after the volunteers demo.

const DAY_MS = 24 * 3600_000;

/** The demo day's midnight in Asia/Shanghai, `days` days back. */
const daysAgo = (world: DemoWorld, days: number) =>
  new Date(new Date(`${world.today}T00:00:00+08:00`).getTime() - days * DAY_MS);

export const loadDemoPoints: DemoLoader = async (world) => {
  const unit = world.units.get('园山社区');
  if (!unit) throw new Error('the demo world has no 园山社区');
  const createdBy = world.users.get('yuanshan.staff') ?? 'demo';
  const first = { pointsPerHour: 10, backboneBonusPerHour: 2, commendationBonus: 50 };
  await world.tx.insert(pointsRules).values([
    {
      orgUnitId: unit.id,
      orgPath: unit.path,
      version: 1,
      ...first,
      effectiveFrom: daysAgo(world, 365),
      createdBy,
    },
    {
      orgUnitId: unit.id,
      orgPath: unit.path,
      version: 2,
      ...first,
      pointsPerHour: 12,
      effectiveFrom: daysAgo(world, 91),
      createdBy,
    },
  ]);
  for (const record of await approvedServiceRecords(world.tx)) {
    await earnForServiceRecord(yuanshanSocialWorkerAt(world, unit, record.approvedAt), {
      volunteer: record.volunteer,
      recordId: record.recordId,
      minutes: record.minutes,
      backbone: record.volunteer.role === 'backbone',
      approvedAt: record.approvedAt,
    });
  }
};

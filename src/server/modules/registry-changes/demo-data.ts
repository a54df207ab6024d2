import type { DemoWorld } from '../../platform/demo-world';
import { yuanshanSocialWorkerAt } from '../../platform/demo-world';
import { demoResidentsByIdTail } from '../residents/service';
import { proposeChange } from './service';

// 园山's social worker found two records out of date on home visits this week; both wait for the
// community's staff, so yuanshan.staff's home shows 登记变更待核.

const DAY_MS = 24 * 3600_000;

export async function loadDemoRegistryChanges(world: DemoWorld): Promise<void> {
  const unit = world.units.get('园山社区');
  if (!unit) throw new Error('the demo world has no 园山社区');
  const [movedAway, newNumber] = await demoResidentsByIdTail(world.tx, {
    unitId: unit.id,
    bornBy: { yearsAgo: 30 },
    limit: 2,
  });
  const at = (daysAgo: number) =>
    yuanshanSocialWorkerAt(
      world,
      unit,
      new Date(Date.parse(`${world.today}T10:00:00+08:00`) - daysAgo * DAY_MS),
    );
  const threeDaysAgo = new Date(Date.parse(world.today) - 3 * DAY_MS).toISOString().slice(0, 10);
  await proposeChange(at(2), movedAway.id, {
    changes: { status: 'movedAway', statusDate: threeDaysAgo },
    note: '入户走访发现已搬离，房屋已出租给他人',
  });
  await proposeChange(at(1), newNumber.id, {
    changes: { mobile: '13906027315' },
    note: '电话回访时居民告知已更换手机号',
  });
}

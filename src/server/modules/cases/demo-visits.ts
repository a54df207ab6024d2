import { demoAccounts } from '../../db/demo-data/accounts';
import { createRng, type Rng } from '../../db/demo-data/random';
import type { DemoWorld } from '../../platform/demo-world';
import { placesOfCommunity } from '../org-units/service';
import { demoResidentsInGroup } from '../residents/service';
import { visitPlans, visits } from './schema';

const interval = 30;
// The plans were made in one go this long ago, so a person never visited since is well overdue.
const planAgeDays = 100;

const routineFindings = [
  '身体状况良好，精神不错，家中整洁',
  '血压略高，已提醒按时服药、少吃咸',
  '冰箱食物充足，水电燃气使用正常',
  '与老人聊天约半小时，情绪稳定，对社区服务满意',
  '子女本周来看望过，生活起居无忧',
  '燃气报警器工作正常，再次提醒用火用电安全',
  '老人腿脚不便、近期少出门，已告知可预约长者助餐送餐',
  '老人参加了社区重阳茶话会，说很开心，希望多办',
  '天气转凉，已提醒添衣，门窗密封良好',
  '已协助老人用手机和子女视频通话',
];
const followUpFindings = [
  '卫生间地面湿滑，需协调安装扶手和防滑垫',
  '老人说近来常头晕，建议就医，需联系家属陪同',
  '热水器故障，需联系物业上门维修',
  '情绪低落、睡眠差，需社工再次上门关注',
  '常用药快吃完，需协助到社区卫生服务中心配药',
  '门锁老化打不开，需联系志愿者帮忙更换',
];
const followUpNotes = [
  '已联系家属，本周陪同就医',
  '物业已上门修好',
  '志愿者已上门处理完毕',
  '社工已再次上门，情况好转',
];

// Some grids keep up with their visits better than others: the share of people left overdue, by grid order.
const overdueShareByGrid = [0.08, 0.12, 0.35, 0.1, 0.2, 0.3, 0.12];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Beijing noon of a day: visits are made in the daytime, and `created_at` orders a day's records. */
const dayTime = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** Days since the last visit: on time, due within a week, overdue, or (null) never visited. */
function daysSinceLastVisit(rng: Rng, overdueShare: number): number | null {
  const roll = rng.next();
  if (roll < 0.04) return null;
  if (roll < 0.04 + overdueShare) return rng.int(interval + 1, 75);
  if (roll < 0.24 + overdueShare) return rng.int(interval - 7, interval);
  return rng.int(1, interval - 8);
}

/**
 * Monthly visit plans for 园山's elderly living alone, and the visits made under them by the
 * community's staff and its social worker, spread so that each grid has people on time, due soon and
 * overdue. Plans and visits belong to 园山's running project, so its figures count them.
 * Deterministic for a given day.
 */
export async function loadDemoVisits({
  tx,
  crypto,
  units,
  today,
  runningProjects,
}: DemoWorld): Promise<void> {
  const unit = units.get('园山社区')!;
  const projectId = runningProjects.get('园山社区') ?? null;
  // A grid's place in its community's list sets how well it keeps up with its visits.
  const gridOrder = new Map((await placesOfCommunity(tx, unit.id)).grids.map((g, i) => [g.id, i]));
  const people = (await demoResidentsInGroup(tx, crypto, unit.id, 'livesAlone')).map((p) => ({
    id: p.id,
    gridOrder: p.gridId === null ? null : (gridOrder.get(p.gridId) ?? null),
  }));
  const planDay = addDays(today, -planAgeDays);
  await tx.insert(visitPlans).values(
    people.map((p) => ({
      orgUnitId: unit.id,
      orgPath: unit.path,
      residentId: p.id,
      intervalDays: interval,
      projectId,
      createdAt: dayTime(planDay, 10),
    })),
  );
  const visitors = ['yuanshan.staff', 'yuanshan.sw'].map(
    (username) => demoAccounts.find((a) => a.username === username)!.name,
  );
  const rng = createRng('yuanshan-visits');
  const rows: (typeof visits.$inferInsert)[] = [];
  for (const person of people) {
    const grid = person.gridOrder ?? 0;
    const since = daysSinceLastVisit(rng, overdueShareByGrid[grid % overdueShareByGrid.length]);
    // Each grid has its usual visitor; now and then the other one goes.
    const usual = visitors[grid % 2];
    for (let ago = since; ago !== null && ago < planAgeDays; ago += rng.int(interval - 6, interval + 2)) {
      const visitedOn = addDays(today, -ago);
      const followUp = rng.chance(0.12);
      const done = followUp && ago > 5 && rng.chance(ago > 20 ? 0.9 : 0.4);
      const doneOn = addDays(visitedOn, rng.int(1, Math.min(5, ago)));
      rows.push({
        orgUnitId: unit.id,
        orgPath: unit.path,
        residentId: person.id,
        visitedOn,
        visitorName: rng.chance(0.2) ? visitors[(grid + 1) % 2] : usual,
        findingsEnc: crypto.encrypt(rng.pick(followUp ? followUpFindings : routineFindings)),
        followUpNeeded: followUp,
        followUpDoneOn: done ? doneOn : null,
        followUpDoneBy: done ? usual : null,
        followUpNoteEnc: done ? crypto.encrypt(rng.pick(followUpNotes)) : null,
        projectId,
        createdAt: dayTime(visitedOn, rng.int(9, 17)),
      });
    }
  }
  if (rows.length > 0) await tx.insert(visits).values(rows);
}

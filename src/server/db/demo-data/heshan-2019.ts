import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ServiceTargetGroup } from '../../../core/activities/contract';
import { activities, activitySessions, attendances, registrations } from '../../modules/activities/schema';
import { residents } from '../../modules/residents/schema';
import type { Db } from '../client';
import { createRng, type Rng } from './random';

type Unit = { id: string; path: string };

/**
 * 禾山's 2019 as seed 003 states it (小组活动7个，社区活动22场，服务人次3000余人). The demo world keeps
 * it as the activities, sessions and attendance behind it, so the figures page computes it back.
 */
export const heshan2019 = { year: 2019, communityActivities: 22, groups: 7, personTimesAtLeast: 3000 };

type Planned = { title: string; brand: string; targetGroups: ServiceTargetGroup[] };
const ev = (title: string, brand: string, ...targetGroups: ServiceTargetGroup[]): Planned => ({
  title: `${brand}·${title}`,
  brand,
  targetGroups: targetGroups.length ? targetGroups : ['all'],
});

export const heshan2019Events: Planned[] = [
  ev('新春写春联', '禾邻有约'),
  ev('元宵猜灯谜', '禾邻有约'),
  ev('长者健康义诊', '爱有道', 'elderly'),
  ev('学雷锋志愿服务日', '禾你益起', 'volunteers'),
  ev('居民公约征集会', '爱自治'),
  ev('防诈骗讲座', '爱有道', 'elderly'),
  ev('社区社会组织公益市集', '爱集禾'),
  ev('端午包粽', '禾邻有约'),
  ev('新景龙郡邻里节', '一区一品'),
  ev('六一亲子运动会', '禾邻有约', 'child'),
  ev('垃圾分类宣传', '禾你益起', 'volunteers'),
  ev('暑期儿童安全课', '禾邻有约', 'child'),
  ev('楼道美化行动', '爱自治'),
  ev('城上城小区文化节', '一区一品'),
  ev('中秋博饼', '禾邻有约'),
  ev('社区达人秀', '爱集禾'),
  ev('重阳敬老宴', '爱有道', 'elderly'),
  ev('龙湖花园邻里节', '一区一品'),
  ev('文明创建志愿行', '禾你益起', 'volunteers'),
  ev('义剪进社区', '禾你益起', 'elderly'),
  ev('长者生日会', '爱有道', 'elderly'),
  ev('枋湖花园迎新年', '一区一品'),
];

export const heshan2019Groups: Planned[] = [
  ev('长者手工坊（小组）', '爱有道', 'elderly'),
  ev('亲子阅读小组', '禾邻有约', 'child'),
  ev('楼栋长能力提升小组', '爱自治'),
  ev('志愿者骨干培育小组', '禾你益起', 'volunteers'),
  ev('社区社会组织培力小组', '爱集禾'),
  ev('慢病自我管理小组', '爱有道', 'elderly'),
  ev('小区文艺队成长小组', '一区一品'),
];

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const dateIn = (rng: Rng, month: number) =>
  `2019-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

export async function loadHeshan2019(tx: Db, unit: Unit): Promise<void> {
  const rng = createRng('禾山2019');
  // People who lived there then: born by 2012, so a child of the children's activities was at least 7.
  const people = await tx
    .select({ id: residents.id, orgPath: residents.orgPath })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, unit.id),
        sql`${residents.birthDate} <= '2012-01-01'`,
        isNull(residents.userId),
      ),
    )
    .orderBy(asc(residents.idTail), asc(residents.id))
    .limit(800);
  const owner = { orgUnitId: unit.id, orgPath: unit.path, createdBy: '演示数据' };
  for (const [i, e] of heshan2019Events.entries()) {
    const day = dateIn(rng, Math.floor((i * 12) / heshan2019Events.length) + 1);
    const attendees = rng.shuffle(people).slice(0, rng.int(95, 135));
    await insertHeld(tx, owner, e, 'event', attendees, [
      { startsAt: shanghai(day, '09:00'), endsAt: shanghai(day, '11:30'), guests: rng.int(0, 20) },
    ]);
  }
  for (const [i, g] of heshan2019Groups.entries()) {
    const members = rng.shuffle(people).slice(0, 12);
    const firstMonth = 2 + i;
    const sessions = Array.from({ length: 8 }, (_, n) => {
      const day = dateIn(rng, Math.min(12, firstMonth + Math.floor(n / 2)));
      return { startsAt: shanghai(day, '14:30'), endsAt: shanghai(day, '16:30'), guests: 0 };
    }).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await insertHeld(tx, owner, g, 'group', members, sessions, rng);
  }
}

type Person = { id: string; orgPath: string };
type HeldSession = { startsAt: Date; endsAt: Date; guests: number };

/** A finished activity, everyone registered by staff, and who came to each session. */
async function insertHeld(
  tx: Db,
  owner: { orgUnitId: string; orgPath: string; createdBy: string },
  planned: Planned,
  kind: 'event' | 'group',
  people: Person[],
  sessions: HeldSession[],
  absences?: Rng,
) {
  const first = sessions[0].startsAt;
  const weekBefore = new Date(first.getTime() - 7 * 86_400_000);
  const [activity] = await tx
    .insert(activities)
    .values({
      ...owner,
      kind,
      title: planned.title,
      brands: [planned.brand],
      targetGroups: planned.targetGroups,
      place: kind === 'group' ? '禾山社区活动室' : '禾山社区近邻广场',
      capacity: kind === 'group' ? 12 : 150,
      registeredCount: people.length,
      registrationOpensAt: new Date(weekBefore.getTime() - 14 * 86_400_000),
      registrationClosesAt: weekBefore,
      cancellationDeadline: weekBefore,
      audience: 'community',
      status: 'finished',
    })
    .returning({ id: activities.id });
  await tx.insert(registrations).values(
    people.map((p) => ({
      activityId: activity.id,
      residentId: p.id,
      orgPath: p.orgPath,
      status: 'registered' as const,
      source: 'staff' as const,
    })),
  );
  for (const [seq, s] of sessions.entries()) {
    const [session] = await tx
      .insert(activitySessions)
      .values({
        activityId: activity.id,
        orgPath: owner.orgPath,
        seq: seq + 1,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        guestCount: s.guests,
      })
      .returning({ id: activitySessions.id });
    // A group member misses a session now and then; an event's list is who came.
    const present = absences ? people.filter(() => !absences.chance(0.1)) : people;
    await tx.insert(attendances).values(
      present.map((p) => ({
        sessionId: session.id,
        residentId: p.id,
        orgPath: p.orgPath,
        method: 'staff' as const,
      })),
    );
  }
}

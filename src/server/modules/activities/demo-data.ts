import type { DemoLoader, DemoWorld } from '../../platform/demo-world';
import { demoResidentsByIdTail } from '../residents/service';
import { loadHeshan2019 } from './demo-heshan-2019';
import { activities, activitySessions, attendances, brands, registrations } from './schema';

const day = 24 * 60 * 60 * 1000;

/**
 * The brands the seeds name, kept where they belong: 江头街道's street-wide ones, each community's own
 * (seed 001's list of community brands, 000 for 园山, 004's service lines for 金尚, 003 for 禾山).
 */
const demoBrands: Record<string, string[]> = {
  江头街道: ['一周一公益', '爱心会客厅'],
  园山社区: ['幸福驿站', '书记下午茶', '园山最强音', '第一桶金 微创业', '敬老餐厅'],
  金尚社区: ['童梦筑家园', '童梦育家辉', '童梦护成长', '童梦暖心行', '童梦慧当家', '敬老餐厅', '图书馆'],
  吕厝社区: ['公益合伙人', '好厝边智囊团'],
  吕岭社区: ['敬老餐厅'],
  江村社区: ['科普基地'],
  后埔社区: ['公益图书馆'],
  祥店社区: ['警娃夏令营'],
  蔡塘社区: ['家校社联动'],
  忠仑社区: ['手工课堂'],
  禾山社区: ['爱有道', '爱自治', '爱集禾', '禾你益起', '禾邻有约', '一区一品'],
};

/**
 * The seeds' brands, a few of 园山's activities around the demo day, and 禾山's 2019. Every activity
 * belongs to the project its community runs on the demo day, if any, so figures per project have
 * something to count.
 */
export const loadDemoActivities: DemoLoader = async (world) => {
  await loadDemoBrands(world);
  await loadYuanshanActivities(world);
  await loadHeshan2019(world);
};

async function loadDemoBrands({ tx, units }: DemoWorld): Promise<void> {
  await tx.insert(brands).values(
    Object.entries(demoBrands).flatMap(([unit, names]) => {
      const { id, path } = units.get(unit)!;
      return names.map((name) => ({ name, orgUnitId: id, orgPath: path, createdBy: '演示数据' }));
    }),
  );
}

/** Two of 园山's activities held in the days before the demo world is made, two open for sign-up. */
async function loadYuanshanActivities({ tx, units, runningProjects }: DemoWorld): Promise<void> {
  const unit = units.get('园山社区')!;
  const now = new Date();
  const at = (days: number, hour: number) =>
    new Date(Math.floor(now.getTime() / day) * day + days * day + (hour - 8) * 60 * 60 * 1000);
  const elderly = await demoResidentsByIdTail(tx, { unitId: unit.id, bornBy: { yearsAgo: 60 }, limit: 40 });
  const owner = {
    orgUnitId: unit.id,
    orgPath: unit.path,
    createdBy: '演示数据',
    projectId: runningProjects.get('园山社区') ?? null,
  };
  const window = {
    registrationOpensAt: at(-20, 9),
    registrationClosesAt: at(-8, 18),
    cancellationDeadline: at(-8, 18),
  };
  const held = [
    { title: '幸福驿站·长者重阳茶话会', brands: ['幸福驿站'], attendees: 25, guests: 5, days: -7 },
    { title: '书记下午茶·小区停车难议题座谈', brands: ['书记下午茶'], attendees: 12, guests: 0, days: -3 },
  ];
  for (const h of held) {
    const [a] = await tx
      .insert(activities)
      .values({
        ...owner,
        ...window,
        kind: 'event',
        title: h.title,
        brands: h.brands,
        targetGroups: ['elderly'],
        place: '园山社区近邻服务中心',
        capacity: 40,
        registeredCount: h.attendees,
        audience: 'community',
        status: 'finished',
      })
      .returning({ id: activities.id });
    const [s] = await tx
      .insert(activitySessions)
      .values({
        activityId: a.id,
        orgPath: unit.path,
        seq: 1,
        startsAt: at(h.days, 14),
        endsAt: at(h.days, 16),
        guestCount: h.guests,
      })
      .returning({ id: activitySessions.id });
    const people = elderly.slice(0, h.attendees);
    await tx.insert(registrations).values(
      people.map((p) => ({
        activityId: a.id,
        residentId: p.id,
        orgPath: p.orgPath,
        status: 'registered' as const,
        source: 'staff' as const,
      })),
    );
    await tx.insert(attendances).values(
      people.map((p) => ({
        sessionId: s.id,
        residentId: p.id,
        orgPath: p.orgPath,
        method: 'staff' as const,
      })),
    );
  }
  const open = {
    registrationOpensAt: at(-1, 9),
    registrationClosesAt: at(7, 18),
    cancellationDeadline: at(7, 12),
    status: 'published' as const,
  };
  const [cleanUp] = await tx
    .insert(activities)
    .values({
      ...owner,
      ...open,
      kind: 'event',
      title: '一周一公益·社区环境清洁行动',
      brands: ['一周一公益'],
      targetGroups: ['all', 'volunteers'],
      place: '园山社区文化广场',
      capacity: 30,
      audience: 'street',
    })
    .returning({ id: activities.id });
  await tx
    .insert(activitySessions)
    .values({ activityId: cleanUp.id, orgPath: unit.path, seq: 1, startsAt: at(9, 8), endsAt: at(9, 11) });
  const [group] = await tx
    .insert(activities)
    .values({
      ...owner,
      ...open,
      kind: 'group',
      title: '长者智能手机课堂（小组）',
      brands: ['幸福驿站'],
      targetGroups: ['elderly'],
      place: '园山社区老年活动室',
      capacity: 15,
      audience: 'community',
      description: '四节小组课：微信视频、扫码就医、防诈骗、网上缴费。',
    })
    .returning({ id: activities.id });
  await tx.insert(activitySessions).values(
    [8, 15, 22, 29].map((d, i) => ({
      activityId: group.id,
      orgPath: unit.path,
      seq: i + 1,
      startsAt: at(d, 9),
      endsAt: at(d, 11),
    })),
  );
}

import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { activities, activitySessions, attendances, registrations } from '../../modules/activities/schema';
import { residents } from '../../modules/residents/schema';
import type { Db } from '../client';

type Unit = { id: string; path: string };
const day = 24 * 60 * 60 * 1000;

/** A few of 园山's activities around the day the demo world is made: two held, two open for sign-up. */
export async function loadDemoActivities(tx: Db, unit: Unit, now = new Date()): Promise<void> {
  const at = (days: number, hour: number) =>
    new Date(Math.floor(now.getTime() / day) * day + days * day + (hour - 8) * 60 * 60 * 1000);
  const elderly = await tx
    .select({ id: residents.id, orgPath: residents.orgPath })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, unit.id),
        sql`${residents.birthDate} <= (current_date - interval '60 years')`,
        isNull(residents.userId),
      ),
    )
    .orderBy(asc(residents.idTail), asc(residents.id))
    .limit(40);
  const owner = { orgUnitId: unit.id, orgPath: unit.path, createdBy: '演示数据' };
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

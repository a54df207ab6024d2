import { and, asc, eq, inArray } from 'drizzle-orm';
import { DEFAULT_ROUNDING, roundServiceMinutes } from '../../../core/volunteers/rules';
import type { DemoLoader, DemoUnit, DemoWorld } from '../../platform/demo-world';
import { activitiesForDemo } from '../activities/service';
import {
  serviceRecordCorrections,
  serviceRecords,
  volunteerPositions,
  volunteerShifts,
  volunteers,
} from './schema';

// The demo's shifts and hours: deterministic (choices follow indexes), dates counted back from the demo day.

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const dayBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const minutes = (n: number) => n * 60_000;

type Volunteer = { id: string; orgPath: string; userId: string | null };

async function activeVolunteers(world: DemoWorld, unit: DemoUnit): Promise<Volunteer[]> {
  return world.tx
    .select({ id: volunteers.id, orgPath: volunteers.orgPath, userId: volunteers.userId })
    .from(volunteers)
    .where(and(eq(volunteers.orgUnitId, unit.id), eq(volunteers.status, 'active')))
    .orderBy(asc(volunteers.volunteerNo));
}

/** Four volunteers per activity, the roster turning through everyone: most serve a few times a year. */
const crewFor = (people: Volunteer[], n: number): Volunteer[] =>
  Array.from({ length: Math.min(4, people.length) }, (_, i) => people[(n * 3 + i) % people.length]);

/**
 * A position on each of the unit's activities. Held ones: the volunteers checked in a quarter of an
 * hour early and out ten minutes late (the window clips it), their records approved a day later —
 * except the unit's newest, still proposed, and one rejected. Coming ones: sign-ups.
 */
async function shiftsAtActivities(world: DemoWorld, unit: DemoUnit, people: Volunteer[], createdBy: string) {
  const now = new Date(`${world.today}T12:00:00+08:00`);
  const held = await activitiesForDemo(world.tx, unit.id);
  for (const [n, activity] of held.entries()) {
    const crew = crewFor(people, n);
    if (crew.length === 0 || activity.status === 'draft' || activity.status === 'cancelled') continue;
    const past = activity.endsAt < now;
    const [position] = await world.tx
      .insert(volunteerPositions)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        activityId: activity.id,
        title: '活动志愿者',
        content: `${activity.title}：签到引导、秩序维护`,
        place: activity.place,
        count: crew.length + 2,
        filled: crew.length,
        startsAt: activity.startsAt,
        endsAt: activity.endsAt,
        createdBy,
      })
      .returning();
    for (const [i, person] of crew.entries()) {
      const checkedInAt = past ? new Date(activity.startsAt.getTime() - minutes(15)) : null;
      const checkedOutAt = past ? new Date(activity.endsAt.getTime() + minutes(10)) : null;
      const [shift] = await world.tx
        .insert(volunteerShifts)
        .values({
          positionId: position.id,
          volunteerId: person.id,
          orgPath: person.orgPath,
          checkedInAt,
          checkedOutAt,
        })
        .returning({ id: volunteerShifts.id });
      if (!past) continue;
      const span = (activity.endsAt.getTime() - activity.startsAt.getTime()) / 60_000;
      const proposed = roundServiceMinutes(span, DEFAULT_ROUNDING);
      const newest = n === held.filter((a) => a.endsAt < now).length - 1;
      const rejected = n === 0 && i === crew.length - 1;
      const serviceDate = shanghaiDay.format(activity.startsAt);
      await world.tx.insert(serviceRecords).values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        volunteerId: person.id,
        activityId: activity.id,
        shiftId: shift.id,
        serviceDate,
        place: position.place,
        content: position.content,
        proposedMinutes: proposed,
        ...(newest
          ? {}
          : rejected
            ? { status: 'rejected' as const, rejectReason: '当天临时请假，未到岗' }
            : { status: 'approved' as const, minutes: proposed }),
        reviewedBy: newest ? null : createdBy,
        reviewedAt: newest ? null : new Date(activity.endsAt.getTime() + 86_400_000),
        createdBy,
        createdAt: checkedOutAt ?? undefined,
      });
    }
  }
}

/** A year of monthly home-visit company (探访陪同) outside activities, approved; the last one recorded late. */
async function visitsOutsideActivities(
  world: DemoWorld,
  unit: DemoUnit,
  people: Volunteer[],
  createdBy: string,
) {
  const visitors = people.slice(0, 6);
  const rows = visitors.flatMap((person, v) =>
    Array.from({ length: 12 }, (_, m) => {
      const serviceDate = dayBefore(world.today, 30 * m + 5 + v);
      const late = m === 0 && v === 0;
      const recordedOn = late ? dayBefore(world.today, 2) : serviceDate;
      return {
        orgUnitId: unit.id,
        orgPath: unit.path,
        volunteerId: person.id,
        serviceDate,
        place: '独居老人家中',
        content: '探访陪同：陪伴聊天、读报、协助整理药品',
        proposedMinutes: 90,
        minutes: 90,
        status: 'approved' as const,
        late,
        reviewedBy: createdBy,
        reviewedAt: new Date(`${recordedOn}T17:00:00+08:00`),
        createdBy,
        createdAt: new Date(`${recordedOn}T16:00:00+08:00`),
      };
    }),
  );
  if (rows.length > 0) await world.tx.insert(serviceRecords).values(rows);
}

/** volunteer1 asks for a correction of their latest approved record: one open request for the staff. */
async function openCorrection(world: DemoWorld, people: Volunteer[]) {
  const userId = world.users.get('volunteer1');
  const me = people.find((p) => p.userId === userId);
  if (!me) return;
  const [record] = await world.tx
    .select({ id: serviceRecords.id, orgPath: serviceRecords.orgPath, minutes: serviceRecords.minutes })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.volunteerId, me.id), inArray(serviceRecords.status, ['approved'])))
    .orderBy(asc(serviceRecords.serviceDate))
    .limit(1);
  if (!record) return;
  await world.tx.insert(serviceRecordCorrections).values({
    recordId: record.id,
    orgPath: record.orgPath,
    requestedMinutes: (record.minutes ?? 0) + 30,
    reason: '当天活动结束后还帮忙收拾场地半小时',
    createdBy: '周美玲',
  });
}

/** 园山's and 金尚's shifts, hours and one open correction; runs after the registry demo. */
export const loadDemoVolunteerService: DemoLoader = async (world) => {
  for (const name of ['园山社区', '金尚社区']) {
    const unit = world.units.get(name);
    if (!unit) throw new Error(`the demo org tree lacks ${name}`);
    // Volunteers with a phone account first: what they see on the phone is the demo's point.
    const people = (await activeVolunteers(world, unit)).sort(
      (a, b) => Number(!a.userId) - Number(!b.userId),
    );
    const createdBy = name === '园山社区' ? '陈思远' : '金尚社工';
    await shiftsAtActivities(world, unit, people, createdBy);
    await visitsOutsideActivities(world, unit, people, createdBy);
    if (name === '园山社区') await openCorrection(world, people);
  }
};

import type { Db } from '../../db/client';
import { heshan2019Events, heshan2019Groups, type PlannedActivity } from '../../db/demo-data/heshan-2019';
import { createRng, type Rng } from '../../db/demo-data/random';
import type { DemoWorld } from '../../platform/demo-world';
import { type DemoPerson, demoResidentsByIdTail } from '../residents/service';
import { activities, activitySessions, attendances, registrations } from './schema';

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const dateIn = (rng: Rng, month: number) =>
  `2019-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** 禾山's 2019 of seed 003: its activities and groups, everyone registered, who came to each session. */
export async function loadHeshan2019({ tx, units, runningProjects }: DemoWorld): Promise<void> {
  const unit = units.get('禾山社区')!;
  const rng = createRng('禾山2019');
  // People who lived there then: born by 2012, so a child of the children's activities was at least 7.
  const people = await demoResidentsByIdTail(tx, { unitId: unit.id, bornBy: '2012-01-01', limit: 800 });
  const owner = {
    orgUnitId: unit.id,
    orgPath: unit.path,
    createdBy: '演示数据',
    projectId: runningProjects.get('禾山社区') ?? null,
  };
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

type HeldSession = { startsAt: Date; endsAt: Date; guests: number };

/** A finished activity, everyone registered by staff, and who came to each session. */
async function insertHeld(
  tx: Db,
  owner: { orgUnitId: string; orgPath: string; createdBy: string; projectId: string | null },
  planned: PlannedActivity,
  kind: 'event' | 'group',
  people: DemoPerson[],
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

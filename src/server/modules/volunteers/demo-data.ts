import { shiftYears } from '../../../core/residents/age-bands';
import { idCheckChar } from '../../../core/residents/id-card';
import type { DemoLoader, DemoUnit, DemoWorld } from '../../platform/demo-world';
import { placesOfCommunity } from '../org-units/service';
import { demoResidentsByIdTail, type ResidentIdentity, residentIdentities } from '../residents/service';
import {
  volunteers,
  volunteerTeamMembers,
  volunteerTeams,
  volunteerTrainingAttendees,
  volunteerTrainings,
} from './schema';

// 园山's volunteer corps (seeds 000 and 002): a 社区总支 with a branch per compound, recruited from the
// owners' committee, the property company, party members, resident backbones and two local merchants;
// backbones trained by the social worker each quarter, who then train the members. Deterministic: every
// choice is derived from indexes, every date counts back from the demo day.

type Affiliation = (typeof volunteers.$inferInsert)['affiliation'];
type Person = Pick<ResidentIdentity, 'name' | 'idType' | 'idNumber' | 'birthDate' | 'mobile'> & {
  residentId: string | null;
  userId: string | null;
  compoundId: string | null;
};
type Enrolled = { id: string; person: Person; role: 'backbone' | 'member'; active: boolean };

/** How many registry residents of 园山 join, and how many of them are backbones (骨干). */
const residentCount = 28;
const backboneCount = 7;

// Who a resident volunteer comes from, by index: the five sources the seeds name.
const sources: { affiliation: Affiliation; affiliationName: string; dualRegistered?: boolean }[] = [
  { affiliation: 'resident', affiliationName: '园山居民骨干' },
  { affiliation: 'ownersCommittee', affiliationName: '园山花园业主委员会' },
  { affiliation: 'propertyManager', affiliationName: '园山物业服务中心' },
  { affiliation: 'partyMember', affiliationName: '园山社区党委', dualRegistered: false },
  { affiliation: 'partyMember', affiliationName: '湖里区税务局（双报到）', dualRegistered: true },
  { affiliation: 'resident', affiliationName: '园山居民骨干' },
];

const skillSets = [
  ['探访陪伴', '闽南语'],
  ['文艺表演'],
  ['水电维修'],
  ['政策宣讲', '调解'],
  ['摄影', '文书'],
  ['理发'],
  ['垃圾分类宣传'],
];
const availabilities = ['工作日白天', '周末', '工作日晚上', '随时可约'];

/** Two merchants who volunteer without living here: standalone records with their shop's name. */
const merchants = [
  {
    name: '陈永福',
    birthDate: '1978-04-12',
    sequence: 313,
    mobile: '13906001201',
    shop: '福满园便利店（园山南路）',
    skills: ['物资捐赠'],
  },
  {
    name: '郑丽华',
    birthDate: '1985-09-23',
    sequence: 428,
    mobile: '13906001202',
    shop: '好邻居理发店（枋湖路）',
    skills: ['理发'],
  },
];

function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const merchantPerson = (m: (typeof merchants)[number]): Person => {
  const first17 = `350206${m.birthDate.replaceAll('-', '')}${m.sequence}`;
  return {
    name: m.name,
    idType: 'residentId',
    idNumber: first17 + idCheckChar(first17),
    birthDate: m.birthDate,
    mobile: m.mobile,
    residentId: null,
    userId: null,
    compoundId: null,
  };
};

const personOf = (r: ResidentIdentity): Person => ({ ...r, residentId: r.id });

/** Writes volunteer rows of one community in order, numbered "<community code>-000001" onwards. */
async function enrolAll(
  world: DemoWorld,
  unit: DemoUnit,
  entries: {
    person: Person;
    values: Partial<typeof volunteers.$inferInsert> & { affiliation: Affiliation };
  }[],
): Promise<Enrolled[]> {
  const { tx, crypto } = world;
  const code = unit.path.split('.').at(-1);
  const createdBy = world.users.get('yuanshan.staff') ?? 'demo';
  const rows = await tx
    .insert(volunteers)
    .values(
      entries.map(({ person, values }, i) => ({
        orgUnitId: unit.id,
        orgPath: unit.path,
        volunteerNo: `${code}-${String(i + 1).padStart(6, '0')}`,
        residentId: person.residentId,
        userId: person.userId,
        name: person.name,
        idType: person.idType,
        idNumberEnc: crypto.encrypt(person.idNumber),
        idNumberHash: crypto.hash(`id:${person.idNumber}`),
        idTail: person.idNumber.slice(-4),
        birthDate: person.birthDate,
        mobileEnc: person.mobile ? crypto.encrypt(person.mobile) : null,
        mobileHash: person.mobile ? crypto.hash(`mobile:${person.mobile}`) : null,
        mobileTail: person.mobile?.slice(-4) ?? null,
        status: 'active' as const,
        source: 'staff' as const,
        createdBy,
        ...values,
      })),
    )
    .returning({ id: volunteers.id, role: volunteers.role, status: volunteers.status });
  return rows.map((r, i) => ({
    id: r.id,
    role: r.role,
    active: r.status === 'active',
    person: entries[i].person,
  }));
}

async function yuanshanVolunteers(world: DemoWorld, unit: DemoUnit): Promise<Enrolled[]> {
  const { tx, crypto, today } = world;
  const picks = await demoResidentsByIdTail(tx, {
    unitId: unit.id,
    bornBy: shiftYears(today, -22),
    bornFrom: shiftYears(today, -68),
    limit: residentCount + 2,
  });
  const people = await residentIdentities(tx, crypto, { ids: picks.map((p) => p.id) });
  const [volunteer1] = await residentIdentities(tx, crypto, {
    userIds: [world.users.get('volunteer1') ?? ''],
  });
  const registered = people.slice(0, residentCount).map((r, i) => ({
    person: personOf(r),
    values: {
      ...sources[i % sources.length],
      role: i < backboneCount ? ('backbone' as const) : ('member' as const),
      skills: skillSets[i % skillSets.length],
      availability: availabilities[i % availabilities.length],
      screenedAt: new Date(`${daysBefore(today, 360 - i)}T10:00:00+08:00`),
    },
  }));
  const [pending, rejected] = people.slice(residentCount).map(personOf);
  return enrolAll(world, unit, [
    ...registered,
    ...(volunteer1
      ? [
          {
            person: personOf(volunteer1),
            values: {
              affiliation: 'resident' as const,
              affiliationName: '园山居民骨干',
              skills: ['探访陪伴', '手工'],
              availability: '周末',
            },
          },
        ]
      : []),
    ...merchants.map((m) => ({
      person: merchantPerson(m),
      values: {
        affiliation: 'business' as const,
        affiliationName: m.shop,
        skills: m.skills,
        availability: '工作日白天',
      },
    })),
    ...(pending
      ? [
          {
            person: pending,
            values: {
              affiliation: 'resident' as const,
              status: 'applied' as const,
              source: 'self' as const,
              skills: ['陪伴聊天'],
            },
          },
        ]
      : []),
    ...(rejected
      ? [
          {
            person: rejected,
            values: {
              affiliation: 'propertyManager' as const,
              affiliationName: '园山物业服务中心',
              status: 'rejected' as const,
              source: 'self' as const,
              rejectReason: '申请中的服务时间与物业值班冲突，请与物业协调后重新申请',
            },
          },
        ]
      : []),
  ]);
}

/** The community team (社区总支) with a branch (小区分支) per compound; leaders are backbones. */
async function yuanshanTeams(world: DemoWorld, unit: DemoUnit, corps: Enrolled[]) {
  const { tx } = world;
  const active = corps.filter((v) => v.active);
  const [root] = await tx
    .insert(volunteerTeams)
    .values({
      orgUnitId: unit.id,
      orgPath: unit.path,
      name: '园山社区志愿服务总队',
      description: '社区总支：统筹各小区分支，骨干志愿者由社工培训后带领各分支开展服务',
    })
    .returning({ id: volunteerTeams.id });
  const { compounds } = await placesOfCommunity(tx, unit.id);
  const branches = await tx
    .insert(volunteerTeams)
    .values(
      compounds.map((c) => ({
        orgUnitId: unit.id,
        orgPath: unit.path,
        name: `${c.name}分支`,
        parentTeamId: root.id,
        compoundId: c.id,
      })),
    )
    .returning({ id: volunteerTeams.id, compoundId: volunteerTeams.compoundId });
  const branchOf = new Map(branches.map((b) => [b.compoundId, b.id]));
  const led = new Set<string>();
  const members = active.flatMap((v, i) => {
    const branch = v.person.compoundId ? branchOf.get(v.person.compoundId) : undefined;
    const inRoot = v.role === 'backbone' || v.person.residentId === null || v.person.userId !== null;
    const leadsBranch = branch !== undefined && !led.has(branch) && v.role === 'backbone';
    if (leadsBranch) led.add(branch);
    return [
      ...(inRoot ? [{ teamId: root.id, volunteerId: v.id, orgPath: unit.path, isLeader: i < 2 }] : []),
      ...(branch ? [{ teamId: branch, volunteerId: v.id, orgPath: unit.path, isLeader: leadsBranch }] : []),
    ];
  });
  if (members.length > 0) await tx.insert(volunteerTeamMembers).values(members);
}

/**
 * A year of trainings: each quarter the social worker trains the backbones (社工教骨干); within weeks
 * each backbone trains a group of members (骨干带全员); and one fire-safety session by an outside trainer.
 */
async function yuanshanTrainings(world: DemoWorld, unit: DemoUnit, corps: Enrolled[]) {
  const { tx, today } = world;
  const createdBy = world.users.get('yuanshan.sw') ?? 'demo';
  const active = corps.filter((v) => v.active);
  const backbones = active.filter((v) => v.role === 'backbone');
  const members = active.filter((v) => v.role === 'member');
  const topics = ['入户探访沟通技巧', '独居老人安全巡查要点', '活动组织与现场秩序', '心理急救与危机识别'];
  const sessions: { values: typeof volunteerTrainings.$inferInsert; attendees: string[] }[] = [];
  const base = { orgUnitId: unit.id, orgPath: unit.path, createdBy, place: '园山社区党群服务中心' };
  topics.forEach((topic, q) => {
    const heldDaysAgo = 340 - q * 90;
    sessions.push({
      values: {
        ...base,
        topic: `骨干培训：${topic}`,
        trainerKind: 'socialWorker',
        trainerName: '陈思远',
        heldOn: daysBefore(today, heldDaysAgo),
        durationMinutes: 120,
      },
      attendees: backbones.map((b) => b.id),
    });
    backbones.forEach((b, k) => {
      const group = members.filter((_, m) => m % backbones.length === k);
      if (group.length === 0) return;
      sessions.push({
        values: {
          ...base,
          topic: `${topic}（骨干带训）`,
          trainerKind: 'backbone',
          trainerName: b.person.name,
          trainerVolunteerId: b.id,
          heldOn: daysBefore(today, heldDaysAgo - 14 - k),
          durationMinutes: 90,
          place: '小区议事角',
        },
        attendees: group.map((m) => m.id),
      });
    });
  });
  sessions.push({
    values: {
      ...base,
      topic: '消防安全与灭火器使用',
      trainerKind: 'external',
      trainerName: '湖里区消防救援大队 林教官',
      heldOn: daysBefore(today, 45),
      durationMinutes: 60,
    },
    attendees: active.map((v) => v.id),
  });
  const rows = await tx
    .insert(volunteerTrainings)
    .values(sessions.map((s) => s.values))
    .returning({ id: volunteerTrainings.id });
  const attendees = rows.flatMap((r, i) =>
    sessions[i].attendees.map((volunteerId) => ({ trainingId: r.id, volunteerId, orgPath: unit.path })),
  );
  if (attendees.length > 0) await tx.insert(volunteerTrainingAttendees).values(attendees);
}

/** 金尚's volunteer (jinshang.volunteer) in the community's team, so their phone pages show a record. */
async function jinshangVolunteer(world: DemoWorld, unit: DemoUnit) {
  const { tx, crypto } = world;
  const [resident] = await residentIdentities(tx, crypto, {
    userIds: [world.users.get('jinshang.volunteer') ?? ''],
  });
  if (!resident) return;
  const [volunteer] = await enrolAll(world, unit, [
    {
      person: personOf(resident),
      values: {
        affiliation: 'resident',
        affiliationName: '金尚居民骨干',
        skills: ['文艺表演'],
        availability: '周末',
      },
    },
  ]);
  const [team] = await tx
    .insert(volunteerTeams)
    .values({ orgUnitId: unit.id, orgPath: unit.path, name: '金尚社区志愿服务队' })
    .returning({ id: volunteerTeams.id });
  await tx
    .insert(volunteerTeamMembers)
    .values({ teamId: team.id, volunteerId: volunteer.id, orgPath: unit.path });
}

/** 园山's corps, teams and a year of trainings; 金尚's demo volunteer. */
export const loadDemoVolunteers: DemoLoader = async (world) => {
  const yuanshan = world.units.get('园山社区');
  const jinshang = world.units.get('金尚社区');
  if (!yuanshan || !jinshang) throw new Error('the demo org tree lacks 园山社区 or 金尚社区');
  const corps = await yuanshanVolunteers(world, yuanshan);
  await yuanshanTeams(world, yuanshan, corps);
  await yuanshanTrainings(world, yuanshan, corps);
  await jinshangVolunteer(world, jinshang);
};

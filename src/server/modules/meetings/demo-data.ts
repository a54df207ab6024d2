import type { BuiltInMeetingKind } from '../../../core/meetings/contract';
import { defaultMeetingRules, shanghaiDayOf } from '../../../core/meetings/rules';
import { createRng, type Rng } from '../../db/demo-data/random';
import { type DemoUnit, type DemoWorld, yuanshanSocialWorkerAt } from '../../platform/demo-world';
import { needRefsInStatus, placeNeedOnAgenda, recordNeedAction, recordNeedDecision } from '../needs/service';
import { leadTeamForDemo, teamsOfUnitForDemo } from '../volunteers/service';
import {
  actionItems,
  agendaItems,
  meetingKinds,
  meetingParticipants,
  meetingRules,
  meetings,
} from './schema';

// 园山's year of deliberation: a monthly 书记下午茶 (the last one still planned), one 季度协调会 and one
// 联席会议 of 业委会/物业/居民; decisions carried out by the volunteer team's compound branches and the
// partners — most on time, some late, some still open or overdue. Accepted needs of the needs list go
// on the 联席会议 (decided) and the planned tea (on the agenda). Runs after needs, surveys, volunteers.

const DAY_MS = 86_400_000;
const HOST = '李秀梅';
const PLACE = '园山社区党群服务中心二楼议事厅';

type Team = Awaited<ReturnType<typeof teamsOfUnitForDemo>>[number];
type Plan = {
  kind: BuiltInMeetingKind;
  title: string;
  daysAgo: number;
  topics: { title: string; decision: string; tasks: string[] }[];
  needs?: number;
};

const teaTopics = [
  {
    title: '小区停车难问题',
    decision: '物业重新划定夜间临时停车位，志愿队协助引导，一个月后复查',
    tasks: ['夜间停车引导', '划线方案公示'],
  },
  {
    title: '楼道堆物清理',
    decision: '以楼栋为单位开展清理行动，业委会发倡议，志愿者入户劝导',
    tasks: ['入户劝导清理楼道', '张贴清理倡议'],
  },
  {
    title: '加装电梯意愿征集',
    decision: '分楼栋征集意愿，达到三分之二同意的楼栋启动报批',
    tasks: ['分楼栋意愿征集', '整理意愿汇总表'],
  },
  {
    title: '垃圾分类投放点调整',
    decision: '投放点迁至小区北门，设定时投放督导岗',
    tasks: ['投放点督导值守', '投放点迁移施工'],
  },
  {
    title: '独居老人助餐服务',
    decision: '敬老餐厅增设送餐路线，志愿者每日送餐并探视',
    tasks: ['独居老人送餐探视', '送餐名单核对'],
  },
  {
    title: '儿童暑期托管',
    decision: '利用党群服务中心开设暑期托管班，招募大学生志愿者',
    tasks: ['托管班志愿者排班', '托管场地布置'],
  },
  {
    title: '小区路灯维修',
    decision: '物业一周内排查全部路灯，志愿队夜巡登记损坏点位',
    tasks: ['夜巡登记损坏路灯', '更换损坏灯具'],
  },
  {
    title: '电动车充电桩安装',
    decision: '在非机动车棚加装充电桩，严禁入户充电，志愿者宣传消防安全',
    tasks: ['消防安全入户宣传', '充电桩选址公示'],
  },
  {
    title: '邻里纠纷调解',
    decision: '成立楼栋调解小组，由好厝边志愿者担任调解员',
    tasks: ['组建楼栋调解小组', '调解员培训'],
  },
  {
    title: '社区绿地改造',
    decision: '征集居民方案，认领绿地由志愿队分片养护',
    tasks: ['绿地分片认领养护', '改造方案征集'],
  },
  {
    title: '夜间噪音扰民',
    decision: '物业加强夜间巡查，广场舞团队调整时间和音量',
    tasks: ['与广场舞队协商时段', '夜间噪音巡查'],
  },
  {
    title: '雨季排水不畅',
    decision: '汛期前疏通雨水管网，志愿队巡查积水点并上报',
    tasks: ['积水点巡查上报', '疏通雨水管网'],
  },
];

const unitOf = (world: DemoWorld, name: string): DemoUnit => {
  const unit = world.units.get(name);
  if (!unit) throw new Error(`the demo world has no ${name}`);
  return unit;
};

/** The demo day's 15:00 in Asia/Shanghai, `days` back (negative: ahead). */
const daysAgo = (world: DemoWorld, days: number) =>
  new Date(new Date(`${world.today}T15:00:00+08:00`).getTime() - days * DAY_MS);
const dayPlus = (at: Date, days: number) => shanghaiDayOf(new Date(at.getTime() + days * DAY_MS));

function plans(): Plan[] {
  const teas: Plan[] = teaTopics.map((topic, i) => ({
    kind: 'secretaryTea',
    title: topic.title,
    daysAgo: 320 - 30 * i,
    topics: [topic, teaTopics[(i + 5) % teaTopics.length]],
  }));
  // The last tea is ahead: planned, with needs of the list on its agenda and nothing decided yet.
  teas[11] = { ...teas[11], title: '需求清单议题协商', daysAgo: -10, topics: [], needs: 2 };
  return [
    ...teas,
    {
      kind: 'quarterlyCoordination',
      title: '第三季度社区工作协调会',
      daysAgo: 75,
      topics: [
        {
          title: '季度志愿服务安排',
          decision: '各小区分支按季度计划开展巡查与探访',
          tasks: ['季度巡查排班', '探访名单更新'],
        },
      ],
    },
    {
      kind: 'jointMeeting',
      title: '业委会·物业·居民自治组织联席会议',
      daysAgo: 2,
      topics: [teaTopics[0]],
      needs: 2,
    },
  ];
}

type Ctx = {
  world: DemoWorld;
  unit: DemoUnit;
  rng: Rng;
  branches: Team[];
  /** volunteer1's branch, which gets the open items of the latest meeting. */
  ledByVolunteer1: string | null;
};

async function insertParticipants(c: Ctx, meetingId: string, at: Date, held: boolean) {
  const { world, unit, rng } = c;
  const leaders = c.branches.flatMap((b) => b.leaders.slice(0, 1)).slice(0, 4);
  const signed = (p: number) =>
    held && rng.chance(p) ? new Date(at.getTime() - rng.int(1, 20) * 60_000) : null;
  await world.tx.insert(meetingParticipants).values(
    [
      {
        kind: 'staff' as const,
        name: HOST,
        affiliation: '社区党委书记',
        userId: world.users.get('yuanshan.staff') ?? null,
      },
      {
        kind: 'staff' as const,
        name: '陈思远',
        affiliation: '社工',
        userId: world.users.get('yuanshan.sw') ?? null,
      },
      ...leaders.map((l) => ({
        kind: 'volunteer' as const,
        name: l.name,
        affiliation: '志愿队骨干',
        volunteerId: l.volunteerId,
      })),
      { kind: 'partner' as const, name: '园山小区业主委员会', affiliation: '业委会' },
      { kind: 'partner' as const, name: '园山物业服务中心', affiliation: '物业' },
    ].map((p, i) => ({
      ...p,
      meetingId,
      orgPath: unit.path,
      signedInAt: i < 2 ? signed(1) : signed(0.85),
    })),
  );
}

/**
 * The state of an action item of a meeting `daysAgo` back, due `due`: long past ones are done (mostly on
 * time), recent ones partly open (overdue once past due).
 */
function outcome(c: Ctx, at: Date, dueOn: string, recent: boolean) {
  const due = new Date(`${dueOn}T18:00:00+08:00`);
  const now = daysAgo(c.world, 0);
  if (recent && c.rng.chance(0.6)) return { status: 'open' as const };
  const late = c.rng.chance(0.25);
  const doneAt = new Date(due.getTime() + (late ? c.rng.int(2, 9) : -c.rng.int(1, 8)) * DAY_MS);
  if (doneAt > now) return { status: 'open' as const };
  return { status: 'done' as const, doneAt: doneAt < at ? new Date(at.getTime() + DAY_MS) : doneAt };
}

async function insertActionItems(
  c: Ctx,
  m: { id: string; at: Date; daysAgo: number },
  item: { id: string; needId: string | null },
  tasks: string[],
) {
  const { world, unit, rng } = c;
  const ctx = yuanshanSocialWorkerAt(world, unit, m.at);
  for (const [i, what] of tasks.entries()) {
    const toVolunteer1 = m.daysAgo <= 2 && c.ledByVolunteer1 !== null && i === 0;
    const branch = toVolunteer1
      ? c.branches.find((b) => b.id === c.ledByVolunteer1)
      : c.branches.length && i === 0
        ? rng.pick(c.branches)
        : undefined;
    const dueOn = dayPlus(m.at, rng.int(10, 21));
    const state = toVolunteer1 ? { status: 'open' as const } : outcome(c, m.at, dueOn, m.daysAgo < 60);
    const [row] = await world.tx
      .insert(actionItems)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        agendaItemId: item.id,
        meetingId: m.id,
        what,
        ...(branch
          ? { assigneeKind: 'volunteerTeam' as const, volunteerTeamId: branch.id, assigneeName: branch.name }
          : {
              assigneeKind: 'partner' as const,
              assigneeName: rng.pick(['园山物业服务中心', '园山小区业主委员会']),
            }),
        dueOn,
        status: state.status,
        evidenceNote: state.status === 'done' ? `${what}已完成，居民反映良好` : '',
        doneAt: state.status === 'done' ? state.doneAt : null,
        doneBy: state.status === 'done' ? (world.users.get('yuanshan.sw') ?? null) : null,
        createdBy: world.users.get('yuanshan.sw') ?? 'demo',
        createdAt: m.at,
      })
      .returning({ id: actionItems.id });
    if (item.needId)
      await recordNeedAction(ctx, item.needId, 'actionAssigned', { actionItemId: row.id, note: what });
  }
}

async function insertMeeting(c: Ctx, plan: Plan, needs: { id: string; title: string }[]) {
  const { world, unit } = c;
  const at = daysAgo(world, plan.daysAgo);
  const held = plan.daysAgo > 0;
  // A tea is named by its month: 5月书记下午茶：小区停车难问题.
  const title =
    plan.kind === 'secretaryTea'
      ? `${Number(shanghaiDayOf(at).slice(5, 7))}月书记下午茶：${plan.title}`
      : plan.title;
  const [m] = await world.tx
    .insert(meetings)
    .values({
      orgUnitId: unit.id,
      orgPath: unit.path,
      kind: plan.kind,
      title,
      hostName: HOST,
      startsAt: at,
      endsAt: new Date(at.getTime() + 2 * 3600_000),
      place: PLACE,
      status: held ? 'held' : 'planned',
      minutes: held
        ? `会议围绕${plan.topics.map((t) => t.title).join('、') || '需求清单'}展开协商，参会各方充分发表意见，形成方案如下。`
        : '',
      recorderName: held ? '陈思远' : '',
      heldAt: held ? new Date(at.getTime() + 2 * 3600_000) : null,
      createdBy: world.users.get('yuanshan.staff') ?? 'demo',
      createdAt: new Date(at.getTime() - 7 * DAY_MS),
    })
    .returning({ id: meetings.id });
  await insertParticipants(c, m.id, at, held);
  const meeting = { id: m.id, at, daysAgo: plan.daysAgo };
  const ctx = yuanshanSocialWorkerAt(world, unit, held ? at : daysAgo(world, 0));
  const items = [
    ...needs.map((n) => ({
      title: n.title,
      needId: n.id,
      decision: `${n.title}：由社区牵头、志愿队和物业配合办理，完成后向居民反馈`,
      tasks: [`落实${n.title}`],
    })),
    ...plan.topics.map((t) => ({ ...t, needId: null })),
  ];
  for (const [i, t] of items.entries()) {
    const [row] = await world.tx
      .insert(agendaItems)
      .values({
        meetingId: m.id,
        orgPath: unit.path,
        position: i + 1,
        title: t.title,
        needId: t.needId,
        discussion: held ? '参会居民代表、业委会和物业分别发言，对问题的成因和解决办法进行了讨论。' : '',
        decision: held ? t.decision : null,
        decidedAt: held ? at : null,
        createdAt: at,
      })
      .returning({ id: agendaItems.id });
    if (t.needId)
      await placeNeedOnAgenda(ctx, t.needId, {
        meetingId: m.id,
        agendaItemId: row.id,
        meetingTitle: title,
      });
    if (!held) continue;
    if (t.needId) await recordNeedDecision(ctx, t.needId, { agendaItemId: row.id, decision: t.decision });
    await insertActionItems(c, meeting, { id: row.id, needId: t.needId }, t.tasks);
  }
}

/** volunteer1 leads a compound branch, so the phone's 我的任务 has a leader to show. */
async function leadByVolunteer1(world: DemoWorld, branches: Team[]): Promise<string | null> {
  const userId = world.users.get('volunteer1');
  if (!userId) return null;
  for (const b of branches) if (await leadTeamForDemo(world.tx, b.id, userId)) return b.id;
  return null;
}

export async function loadDemoMeetings(world: DemoWorld): Promise<void> {
  const unit = unitOf(world, '园山社区');
  const branches = (await teamsOfUnitForDemo(world.tx, unit.id)).filter((t) => t.parentTeamId !== null);
  const c: Ctx = { world, unit, rng: createRng('meetings:yuanshan'), branches, ledByVolunteer1: null };
  c.ledByVolunteer1 = await leadByVolunteer1(world, branches);
  await world.tx.insert(meetingRules).values({
    orgUnitId: unit.id,
    orgPath: unit.path,
    body: `${defaultMeetingRules}\n六、本规则经园山社区居民代表会议讨论通过，由社区党委负责解释。`,
    updatedBy: world.users.get('yuanshan.staff') ?? 'demo',
  });
  await world.tx.insert(meetingKinds).values({
    orgUnitId: unit.id,
    orgPath: unit.path,
    name: '楼栋议事会',
    createdBy: world.users.get('yuanshan.staff') ?? 'demo',
  });
  // Accepted needs of 园山, oldest first: the latest meetings draw on them.
  const accepted = (
    await needRefsInStatus(yuanshanSocialWorkerAt(world, unit, daysAgo(world, 0)), ['accepted'])
  ).filter((n) => n.orgUnitId === unit.id);
  for (const plan of plans()) {
    const needs = accepted.splice(0, plan.needs ?? 0);
    await insertMeeting(c, plan, needs);
  }
}

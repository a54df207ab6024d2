import { createHash } from 'node:crypto';
import type { CaseGoal, CaseStage } from '../../../core/cases/contract';
import { shiftYears } from '../../../core/residents/age-bands';
import type { TargetGroupTag } from '../../../core/residents/target-groups';
import { demoAccounts } from '../../db/demo-data/accounts';
import type { DemoLoader, DemoWorld } from '../../platform/demo-world';
import { demoCaseClients } from '../residents/service';
import { loadDemoVisits } from './demo-visits';
import { caseRecords, cases } from './schema';

type DemoCase = {
  key: string;
  /** Who the client is: a target group and an age range (completed years) on the day of loading. */
  client: { tag: TargetGroupTag; minAge: number; maxAge: number };
  stage: CaseStage;
  closureReason?: string;
  goals: CaseGoal[];
  /** Oldest first; the first one is the intake summary, on the day the case was opened. */
  records: { daysAgo: number; stage: CaseStage; content: string }[];
  /** For a closed case: how many days ago it was closed. */
  closedDaysAgo?: number;
};

type DemoCaseload = {
  community: string;
  worker: string;
  supervisor: string;
  /** Whether the community's running project counts these cases (园山's comprehensive project does). */
  underProject: boolean;
  cases: DemoCase[];
};

const caseloads: DemoCaseload[] = [
  {
    community: '园山社区',
    worker: 'yuanshan.sw',
    supervisor: 'yuanshan.staff',
    underProject: true,
    cases: [
      {
        key: 'yuanshan-lonely-elder',
        client: { tag: 'livesAlone', minAge: 70, maxAge: 90 },
        stage: 'intervention',
        goals: [
          { text: '每周参加一次幸福驿站活动', status: 'open' },
          { text: '与女儿建立每周一次视频通话', status: 'achieved' },
          { text: '按时服用降压药，每月测量血压', status: 'open' },
        ],
        records: [
          {
            daysAgo: 96,
            stage: 'intake',
            content:
              '网格员反映老人独居，近两个月很少下楼，邻居说情绪低落、常说“活着没意思”。社工上门初次接触，老人愿意接受服务。',
          },
          {
            daysAgo: 82,
            stage: 'assessment',
            content:
              '预估：老伴去年去世，女儿在外地工作，社会支持薄弱；患高血压，服药不规律。老人喜欢唱闽南歌，曾是社区合唱队成员。',
          },
          {
            daysAgo: 61,
            stage: 'planning',
            content:
              '与老人共同制定服务计划：重建社区联系（幸福驿站活动、合唱队），协助与女儿定期视频，联系家庭医生跟进用药。',
          },
          {
            daysAgo: 19,
            stage: 'intervention',
            content:
              '老人已连续三周参加幸福驿站茶话会，主动报名重阳节合唱；女儿每周日晚视频通话，已固定下来。服药仍需提醒。',
          },
        ],
      },
      {
        key: 'yuanshan-child-study',
        client: { tag: 'childInDifficulty', minAge: 8, maxAge: 14 },
        stage: 'planning',
        goals: [
          { text: '每周两次课后学业辅导', status: 'open' },
          { text: '数学成绩提升到及格线以上', status: 'open' },
        ],
        records: [
          {
            daysAgo: 41,
            stage: 'intake',
            content: '学校老师转介：父母离异，随祖母生活，近期作业常不完成，上课注意力不集中。',
          },
          {
            daysAgo: 30,
            stage: 'assessment',
            content: '预估：祖母年迈、辅导作业有困难；孩子喜欢画画，与同学关系尚可。数学基础薄弱，语文尚可。',
          },
          {
            daysAgo: 12,
            stage: 'planning',
            content:
              '计划：链接大学生志愿者每周二、四到四点半课堂辅导作业；每月与老师沟通一次学习情况；邀请参加社区暑期美术小组。',
          },
        ],
      },
      {
        key: 'yuanshan-disability-job',
        client: { tag: 'disability', minAge: 22, maxAge: 50 },
        stage: 'closed',
        closedDaysAgo: 15,
        closureReason: '服务目标达成：服务对象已在社区友邻超市稳定就业三个月',
        goals: [
          { text: '完成职业技能培训', status: 'achieved' },
          { text: '找到一份稳定工作', status: 'achieved' },
        ],
        records: [
          {
            daysAgo: 150,
            stage: 'intake',
            content: '服务对象（肢体残疾）主动求助，希望找到工作、减轻家庭负担。',
          },
          {
            daysAgo: 120,
            stage: 'planning',
            content: '计划：报名区残联电脑操作培训，同时联系辖区公益合伙人提供适合的岗位。',
          },
          {
            daysAgo: 70,
            stage: 'intervention',
            content: '已完成培训并取得结业证书；经介绍到社区友邻超市做收银和理货，试用期表现良好。',
          },
          {
            daysAgo: 16,
            stage: 'evaluation',
            content: '评估：已稳定就业三个月，收入稳定，自信心明显提升，本人同意结案。',
          },
        ],
      },
      {
        key: 'yuanshan-dibao-elder',
        client: { tag: 'chronicIllness', minAge: 62, maxAge: 85 },
        stage: 'intake',
        goals: [],
        records: [
          {
            daysAgo: 6,
            stage: 'intake',
            content: '家属来电求助：老人患糖尿病多年，近期视力下降，担心独自在家出意外。',
          },
          {
            daysAgo: 3,
            stage: 'intake',
            content: '社工上门了解情况，老人愿意接受服务，约定下周进行详细预估。',
          },
        ],
      },
    ],
  },
  {
    community: '金尚社区',
    worker: 'jinshang.sw',
    supervisor: 'jinshang.staff',
    // 金尚's running project is a single-line children's project; its adults' cases are not part of it.
    underProject: false,
    cases: [
      {
        key: 'jinshang-care-elder',
        client: { tag: 'careDependency:partial', minAge: 65, maxAge: 95 },
        stage: 'assessment',
        goals: [{ text: '申请居家适老化改造', status: 'open' }],
        records: [
          {
            daysAgo: 25,
            stage: 'intake',
            content: '老人半失能，儿子白天上班，老人在家曾两次跌倒，家属希望获得照护支持。',
          },
          {
            daysAgo: 9,
            stage: 'assessment',
            content:
              '预估：卫生间无扶手、地面湿滑；老人可自行进食，洗澡需协助。家属照护压力大，有喘息服务需求。',
          },
        ],
      },
      {
        key: 'jinshang-woman-support',
        client: { tag: 'womanInDifficulty', minAge: 25, maxAge: 55 },
        stage: 'evaluation',
        goals: [
          { text: '情绪稳定，能规律作息', status: 'achieved' },
          { text: '申请临时救助', status: 'achieved' },
          { text: '参加妇女互助小组', status: 'dropped' },
        ],
        records: [
          {
            daysAgo: 130,
            stage: 'intake',
            content: '社区妇联转介：丈夫因病去世，独自抚养两个孩子，经济困难，情绪低落。',
          },
          {
            daysAgo: 110,
            stage: 'assessment',
            content: '预估：主要困难为经济压力和哀伤情绪；娘家在本市，可提供一定支持。',
          },
          {
            daysAgo: 60,
            stage: 'intervention',
            content:
              '协助申请临时救助已获批；每两周一次面谈，情绪逐步稳定。因工作时间冲突，暂不参加互助小组。',
          },
          {
            daysAgo: 8,
            stage: 'evaluation',
            content: '评估：已找到稳定工作，孩子入学安排妥当，本人表示可以独立应对，拟下月结案。',
          },
        ],
      },
      {
        key: 'jinshang-child-moved',
        client: { tag: 'childInDifficulty', minAge: 6, maxAge: 16 },
        stage: 'closed',
        closedDaysAgo: 33,
        closureReason: '服务对象随父母迁居外地，已转介至迁入地社工站继续跟进',
        goals: [{ text: '稳定入学，按时到校', status: 'dropped' }],
        records: [
          {
            daysAgo: 88,
            stage: 'intake',
            content: '学校反映孩子经常迟到、缺课，父母在外务工，由亲戚临时照看。',
          },
          {
            daysAgo: 70,
            stage: 'assessment',
            content: '预估：监护不到位，孩子缺乏学习动力；父母有意接孩子到务工地就读。',
          },
          {
            daysAgo: 34,
            stage: 'planning',
            content: '父母已在务工地办好转学手续，全家下周迁出。已联系迁入地社工站做好转介。',
          },
        ],
      },
    ],
  },
];

/** A UUID fixed by a key, so the demo cases keep their ids from one load to the next. */
function demoUuid(key: string): string {
  const h = createHash('sha256').update(`jinlin-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A demo account as the cases name it: its user id and its name. */
function accountOf({ users }: DemoWorld, username: string): { id: string; name: string } {
  return { id: users.get(username)!, name: demoAccounts.find((a) => a.username === username)!.name };
}

/** The first resident of the group and age range not already a client (deterministic order). */
async function pickClient(
  { tx, crypto, today }: DemoWorld,
  unitId: string,
  client: DemoCase['client'],
  taken: Set<string>,
) {
  const rows = await demoCaseClients(tx, crypto, {
    unitId,
    tag: client.tag,
    bornOnOrBefore: shiftYears(today, -client.minAge),
    bornAfter: shiftYears(today, -(client.maxAge + 1)),
    limit: taken.size + 1,
  });
  return rows.find((r) => !taken.has(r.id));
}

/** 园山's home visits, then the cases of 园山 and 金尚, which demo accounts work (so after the users module). */
export const loadDemoCasework: DemoLoader = async (world) => {
  await loadDemoVisits(world);
  await loadDemoCases(world);
};

/**
 * A handful of cases in 园山 and 金尚 at different stages, each worked by the community's social worker
 * and supervised by its staff member, with 2–4 records; 园山's are worked under its running project.
 * Dates count back from the demo day, so the demo always looks current; ids are fixed by key.
 */
async function loadDemoCases(world: DemoWorld): Promise<void> {
  const { tx, crypto, units, today, runningProjects } = world;
  for (const load of caseloads) {
    const unit = units.get(load.community)!;
    const projectId = load.underProject ? (runningProjects.get(load.community) ?? null) : null;
    const [worker, supervisor] = [accountOf(world, load.worker), accountOf(world, load.supervisor)];
    const taken = new Set<string>();
    for (const c of load.cases) {
      const client = await pickClient(world, unit.id, c.client, taken);
      if (!client) continue;
      taken.add(client.id);
      const id = demoUuid(`case:${c.key}`);
      await tx.insert(cases).values({
        id,
        orgUnitId: unit.id,
        orgPath: unit.path,
        residentId: client.id,
        workerUserId: worker.id,
        workerName: worker.name,
        supervisorUserId: supervisor.id,
        supervisorName: supervisor.name,
        stage: c.stage,
        openedOn: daysBefore(today, c.records[0].daysAgo),
        closedOn: c.closedDaysAgo === undefined ? null : daysBefore(today, c.closedDaysAgo),
        closureReason: c.closureReason ?? null,
        goalsEnc: crypto.encrypt(JSON.stringify(c.goals)),
        projectId,
      });
      await tx.insert(caseRecords).values(
        c.records.map((r, i) => ({
          id: demoUuid(`case:${c.key}:record:${i}`),
          caseId: id,
          stage: r.stage,
          recordedOn: daysBefore(today, r.daysAgo),
          contentEnc: crypto.encrypt(r.content),
          createdBy: worker.name,
        })),
      );
    }
  }
}

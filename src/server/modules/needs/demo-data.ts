import type {
  NeedCategory,
  NeedPriority,
  NeedSourceKind,
  NeedTargetGroup,
} from '../../../core/needs/contract';
import {
  type DemoLoader,
  type DemoUnit,
  type DemoWorld,
  yuanshanSocialWorkerAt,
} from '../../platform/demo-world';
import { followUpVisitRefs } from '../cases/service';
import { placesOfCommunity } from '../org-units/service';
import { demoResidentsByIdTail, residentOfUser } from '../residents/service';
import { raiseNeed } from './raise';
import { acceptNeed, declineNeed, mergeNeed, resolveNeed } from './transitions';

// 园山's needs list (需求清单) over the demo year: what came up on the grid visits of the last months,
// in interviews, from residents and what staff saw themselves. Some were resolved (with what was done,
// each at its own pace), some declined, one merged into another; the accepted ones wait for the
// monthly 书记下午茶, whose demo (meetings) puts them on agendas through the needs service.

const DAY_MS = 24 * 3600_000;

type Fate =
  | { kind: 'new' }
  | { kind: 'accepted'; after: number }
  | { kind: 'resolved'; after: number; took: number; resolution: string }
  | { kind: 'declined'; after: number; reason: string }
  /** Merged into the need `into` places before it in the list. */
  | { kind: 'merged'; after: number; into: number };

type DemoNeed = {
  title: string;
  description: string;
  category: NeedCategory;
  targetGroup: NeedTargetGroup;
  priority?: NeedPriority;
  /** Index among 园山's compounds, if the need is of one. */
  compound?: number;
  source: Exclude<NeedSourceKind, 'survey' | 'suggestion' | 'gridVisit'>;
  note: string;
  daysAgo: number;
  fate: Fate;
};

const accepted = (after: number): Fate => ({ kind: 'accepted', after });
const resolved = (after: number, took: number, resolution: string): Fate => ({
  kind: 'resolved',
  after,
  took,
  resolution,
});

/** The year's needs from interviews, residents and staff, oldest first. */
const yearNeeds: DemoNeed[] = [
  {
    title: '老旧小区加装电梯意愿摸底',
    description: '多位高层老人反映上下楼困难，希望社区牵头了解加装电梯的意愿和政策。',
    category: 'facilities',
    targetGroup: 'elderly',
    priority: 'high',
    compound: 0,
    source: 'interview',
    note: '入户访谈时多位老人提出',
    daysAgo: 350,
    fate: resolved(3, 60, '已完成两栋楼的意愿征询，同意率超过三分之二，已协助业主提交加装申请。'),
  },
  {
    title: '社区长者食堂午餐品种单一',
    description: '老人反映长者食堂菜式两周一轮换，希望增加软烂、低盐的菜品。',
    category: 'elderCare',
    targetGroup: 'elderly',
    source: 'resident',
    note: '居民到社区反映',
    daysAgo: 330,
    fate: resolved(2, 21, '与食堂运营方商定每周更新菜单，增设低盐软食窗口。'),
  },
  {
    title: '儿童暑期托管需求',
    description: '双职工家庭希望暑假期间社区提供半天托管和作业辅导。',
    category: 'childrenYouth',
    targetGroup: 'children',
    priority: 'high',
    source: 'interview',
    note: '家长座谈会',
    daysAgo: 320,
    fate: resolved(4, 35, '联合高校志愿者开设暑期“四点半课堂”，共服务儿童42名。'),
  },
  {
    title: '小区垃圾分类投放点异味大',
    description: '夏季投放点清运不及时，异味影响周边住户。',
    category: 'environment',
    targetGroup: 'allResidents',
    compound: 1,
    source: 'resident',
    note: '居民电话反映',
    daysAgo: 300,
    fate: resolved(1, 9, '物业调整为每日两次清运，并加装除臭喷淋。'),
  },
  {
    title: '希望开设太极拳兴趣班',
    description: '退休居民希望社区组织太极拳晨练和教学。',
    category: 'culture',
    targetGroup: 'elderly',
    priority: 'low',
    source: 'resident',
    note: '文体活动意见收集',
    daysAgo: 290,
    fate: resolved(5, 28, '邀请市太极拳协会志愿者每周二、四晨练教学。'),
  },
  {
    title: '要求社区为个人装修纠纷出具证明',
    description: '居民希望社区为其与装修公司的合同纠纷出具证明材料。',
    category: 'other',
    targetGroup: 'other',
    source: 'resident',
    note: '居民到社区反映',
    daysAgo: 280,
    fate: {
      kind: 'declined',
      after: 2,
      reason: '属于民事合同纠纷，已告知可向消费者协会投诉或申请人民调解。',
    },
  },
  {
    title: '楼道堆放杂物存在消防隐患',
    description: '部分楼道长期堆放纸箱、旧家具，堵塞疏散通道。',
    category: 'safety',
    targetGroup: 'allResidents',
    priority: 'high',
    compound: 2,
    source: 'staff',
    note: '网格员巡查发现',
    daysAgo: 260,
    fate: resolved(0, 14, '联合物业和志愿者开展楼道清理行动，清出杂物约3吨。'),
  },
  {
    title: '残疾人康复器材借用',
    description: '肢体残疾居民希望社区提供轮椅、助行器等康复器材短期借用。',
    category: 'disability',
    targetGroup: 'disabled',
    source: 'interview',
    note: '残疾人入户走访',
    daysAgo: 240,
    fate: resolved(3, 45, '争取区残联支持，社区设立康复器材借用点，首批器材12件。'),
  },
  {
    title: '夜间停车位不足，车辆占用消防通道',
    description: '晚上八点后车位紧张，部分车辆停在消防通道上。',
    category: 'facilities',
    targetGroup: 'allResidents',
    compound: 0,
    source: 'resident',
    note: '多名居民反映',
    daysAgo: 220,
    fate: accepted(4),
  },
  {
    title: '困难家庭子女学业辅导',
    description: '低保家庭孩子成绩落后，家长无力辅导。',
    category: 'hardship',
    targetGroup: 'children',
    source: 'interview',
    note: '困难家庭走访',
    daysAgo: 200,
    fate: resolved(2, 30, '链接大学生志愿者一对一结对辅导，每周两次。'),
  },
  {
    title: '希望社区帮忙办理个人贷款担保',
    description: '居民希望社区为其个人经营贷款作担保。',
    category: 'other',
    targetGroup: 'other',
    source: 'resident',
    note: '居民到社区反映',
    daysAgo: 190,
    fate: {
      kind: 'declined',
      after: 1,
      reason: '社区不能为个人经济行为提供担保，已介绍人社部门创业担保贷款政策。',
    },
  },
  {
    title: '小区健身器材老化损坏',
    description: '中心花园的健身器材多处锈蚀，存在安全隐患。',
    category: 'facilities',
    targetGroup: 'allResidents',
    compound: 1,
    source: 'staff',
    note: '网格员巡查发现',
    daysAgo: 170,
    fate: resolved(2, 40, '申请“微实事”资金更换健身器材8件。'),
  },
  {
    title: '独居老人紧急呼叫设备',
    description: '独居老人担心突发疾病无人知晓，希望安装一键呼叫设备。',
    category: 'elderCare',
    targetGroup: 'elderly',
    priority: 'urgent',
    source: 'interview',
    note: '独居老人入户访谈',
    daysAgo: 160,
    fate: accepted(1),
  },
  {
    title: '邻里楼上漏水纠纷调解',
    description: '两户居民因楼上漏水问题多次争吵，希望社区出面调解。',
    category: 'neighbourhood',
    targetGroup: 'families',
    compound: 2,
    source: 'resident',
    note: '居民到社区反映',
    daysAgo: 150,
    fate: resolved(0, 12, '人民调解员组织双方协商，由楼上住户负责维修并赔偿。'),
  },
  {
    title: '增设小区休息座椅',
    description: '老人散步途中没有地方休息，希望在小区步道旁增设座椅。',
    category: 'facilities',
    targetGroup: 'elderly',
    compound: 0,
    source: 'resident',
    note: '居民反映',
    daysAgo: 140,
    fate: accepted(3),
  },
  {
    title: '步道旁想要几张长椅',
    description: '与“增设小区休息座椅”为同一事项，另一位居民反映。',
    category: 'facilities',
    targetGroup: 'elderly',
    compound: 0,
    source: 'resident',
    note: '居民电话反映',
    daysAgo: 135,
    fate: { kind: 'merged', after: 2, into: 14 },
  },
  {
    title: '慢性病老人用药指导',
    description: '高血压、糖尿病老人对用药存在误区，希望有医生定期讲解。',
    category: 'health',
    targetGroup: 'elderly',
    source: 'interview',
    note: '健康需求访谈',
    daysAgo: 120,
    fate: resolved(2, 25, '与社区卫生服务中心合作每月开展一次慢病用药讲座和义诊。'),
  },
  {
    title: '青少年暑期志愿服务岗位',
    description: '中学生需要完成社会实践时长，希望社区提供志愿岗位。',
    category: 'childrenYouth',
    targetGroup: 'children',
    priority: 'low',
    source: 'resident',
    note: '家长反映',
    daysAgo: 100,
    fate: accepted(5),
  },
  {
    title: '楼道声控灯不亮',
    description: '多个楼道声控灯损坏，老人夜间上下楼不安全。',
    category: 'safety',
    targetGroup: 'elderly',
    compound: 1,
    source: 'staff',
    note: '网格员巡查发现',
    daysAgo: 75,
    fate: resolved(0, 6, '物业已更换声控灯23盏。'),
  },
  {
    title: '外来务工人员子女融入活动',
    description: '流动人口家庭孩子在社区朋友少，希望组织融入活动。',
    category: 'childrenYouth',
    targetGroup: 'families',
    source: 'interview',
    note: '流动人口家庭访谈',
    daysAgo: 60,
    fate: accepted(6),
  },
  {
    title: '小区宠物粪便无人清理',
    description: '遛狗不牵绳、粪便不清理，居民意见较大。',
    category: 'environment',
    targetGroup: 'allResidents',
    compound: 2,
    source: 'resident',
    note: '居民反映',
    daysAgo: 40,
    fate: accepted(2),
  },
  {
    title: '社区老年大学增开智能手机课',
    description: '老人希望学习手机挂号、视频通话和防诈骗知识。',
    category: 'culture',
    targetGroup: 'elderly',
    source: 'resident',
    note: '老年大学学员建议',
    daysAgo: 20,
    fate: { kind: 'new' },
  },
  {
    title: '雨天地下车库入口积水',
    description: '暴雨后车库入口积水较深，车辆和行人通行困难。',
    category: 'facilities',
    targetGroup: 'allResidents',
    priority: 'high',
    compound: 1,
    source: 'staff',
    note: '网格员巡查发现',
    daysAgo: 8,
    fate: { kind: 'new' },
  },
  {
    title: '残疾人就业技能培训',
    description: '年轻残疾人希望参加电商、手工等技能培训。',
    category: 'disability',
    targetGroup: 'disabled',
    source: 'interview',
    note: '残疾人需求访谈',
    daysAgo: 3,
    fate: { kind: 'new' },
  },
];

/** What came up on the grid visits of the last months (visits that asked for follow-up). */
const visitNeeds: { title: string; category: NeedCategory; fate: Fate }[] = [
  {
    title: '独居老人卫生间需安装扶手和防滑垫',
    category: 'elderCare',
    fate: resolved(1, 10, '志愿者上门安装扶手2处、铺设防滑垫。'),
  },
  {
    title: '老人常头晕，需协助联系家属陪同就医',
    category: 'health',
    fate: resolved(0, 4, '已联系家属，陪同到医院复查。'),
  },
  { title: '热水器故障，需协调物业上门维修', category: 'facilities', fate: accepted(1) },
  { title: '独居老人情绪低落，需社工持续关注', category: 'elderCare', fate: accepted(2) },
  { title: '老人常用药将用完，需协助配药', category: 'health', fate: { kind: 'new' } },
  { title: '门锁老化打不开，需志愿者帮忙更换', category: 'safety', fate: { kind: 'new' } },
];

const daysAgo = (world: DemoWorld, days: number) =>
  new Date(new Date(`${world.today}T10:00:00+08:00`).getTime() - days * DAY_MS);

/** Moves a raised need to its fate, each step dated after the day it was raised. */
async function follow(
  world: DemoWorld,
  unit: DemoUnit,
  id: string,
  raisedDaysAgo: number,
  fate: Fate,
  ids: string[],
) {
  // Each step two hours past its day's raising time, but never past the demo day's morning.
  const raisedAt = daysAgo(world, raisedDaysAgo).getTime();
  const latest = daysAgo(world, 0).getTime();
  const at = (after: number) => {
    const t = raisedAt + after * DAY_MS + 2 * 3600_000;
    return yuanshanSocialWorkerAt(
      world,
      unit,
      new Date(t > latest ? Math.max(latest, raisedAt + 60_000) : t),
    );
  };
  if (fate.kind === 'new') return;
  if (fate.kind === 'declined') {
    await declineNeed(at(fate.after), id, fate.reason);
    return;
  }
  if (fate.kind === 'merged') {
    await mergeNeed(at(fate.after), id, ids[fate.into]);
    return;
  }
  await acceptNeed(at(fate.after), id);
  if (fate.kind === 'resolved') await resolveNeed(at(fate.after + fate.took), id, fate.resolution);
}

export const loadDemoNeeds: DemoLoader = async (world) => {
  const unit = world.units.get('园山社区');
  if (!unit) throw new Error('the demo world has no 园山社区');
  const { compounds, grids } = await placesOfCommunity(world.tx, unit.id);
  const ctx = yuanshanSocialWorkerAt(world, unit, daysAgo(world, 0));
  const people = await demoResidentsByIdTail(world.tx, {
    unitId: unit.id,
    bornBy: { yearsAgo: 30 },
    limit: 30,
  });
  const resident1 = world.users.get('resident1');
  // 杨阿伯 (resident1) raised the canteen need: its result reaches his phone.
  const yang = resident1
    ? await residentOfUser({ ...ctx, actor: { ...ctx.actor, userId: resident1 } })
    : null;

  const ids: string[] = [];
  for (const [i, need] of yearNeeds.entries()) {
    const raisedAt = daysAgo(world, need.daysAgo);
    const residentId =
      need.source === 'resident'
        ? i === 1 && yang
          ? yang.id
          : (people[i % people.length]?.id ?? null)
        : null;
    const { id } = await raiseNeed(yuanshanSocialWorkerAt(world, unit, raisedAt), {
      title: need.title,
      description: need.description,
      category: need.category,
      targetGroup: need.targetGroup,
      priority: need.priority,
      compoundId:
        need.compound === undefined ? null : (compounds[need.compound % compounds.length]?.id ?? null),
      gridId: grids.length > 0 ? grids[i % grids.length].id : null,
      source: { kind: need.source, residentId, note: need.note, raisedAt },
    });
    ids.push(id);
    await follow(world, unit, id, need.daysAgo, need.fate, ids);
  }

  const visits = await followUpVisitRefs(ctx, visitNeeds.length);
  for (const [i, visit] of visits.entries()) {
    const need = visitNeeds[i];
    const raisedAt = new Date(`${visit.visitedOn}T10:00:00+08:00`);
    const ago = Math.round((daysAgo(world, 0).getTime() - raisedAt.getTime()) / DAY_MS);
    const { id } = await raiseNeed(yuanshanSocialWorkerAt(world, unit, raisedAt), {
      title: need.title,
      category: need.category,
      targetGroup: 'elderly',
      priority: 'high',
      source: { kind: 'gridVisit', refId: visit.id, note: '网格走访发现', raisedAt },
    });
    await follow(world, unit, id, ago, need.fate, ids);
  }
};

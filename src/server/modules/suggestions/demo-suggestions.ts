import type { NeedCategory, NeedTargetGroup } from '../../../core/needs/contract';
import type { RouteTarget } from '../../../core/suggestions/contract';

/**
 * 园山's 便民信箱 over a year: what residents wrote, whom staff handed it to, the reply and whether it
 * was published, and the need a few became. `compound` indexes the community's compounds.
 */
export type DemoSuggestion = {
  daysAgo: number;
  title: string;
  body: string;
  compound: number | null;
  anonymous: boolean;
  routed?: { to: RouteTarget; name: string; afterHours: number };
  reply?: { text: string; afterHours: number; published: boolean };
  closedAfterDays?: number;
  need?: { title: string; category: NeedCategory; targetGroup: NeedTargetGroup };
};

export const yuanshanSuggestions: DemoSuggestion[] = [
  {
    daysAgo: 350,
    title: '小区南门路灯坏了',
    body: '南门进来第二盏路灯坏了一个多星期，晚上老人出门散步看不清台阶，希望尽快修理。',
    compound: 0,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 5 },
    reply: { text: '物业已于次日更换灯具，感谢您的反映。', afterHours: 30, published: true },
    closedAfterDays: 5,
  },
  {
    daysAgo: 330,
    title: '建议增设电动车充电桩',
    body: '楼下常有人从窗口拉电线给电动车充电，很危险，建议在车棚增设集中充电桩。',
    compound: 1,
    anonymous: true,
    routed: { to: 'ownersCommittee', name: '业主委员会', afterHours: 20 },
    reply: {
      text: '业委会已与物业商定在东侧车棚安装20个充电口，预计下月投入使用。',
      afterHours: 120,
      published: true,
    },
    closedAfterDays: 40,
    need: { title: '车棚增设电动车集中充电设施', category: 'safety', targetGroup: 'allResidents' },
  },
  {
    daysAgo: 300,
    title: '希望社区多组织老年人健康讲座',
    body: '我们几个老邻居都有高血压，希望社区能请医生来讲讲用药和饮食。',
    compound: null,
    anonymous: false,
    reply: {
      text: '社区已联系社区卫生服务中心，每月第二周周三下午在党群服务中心开展健康讲座，欢迎参加。',
      afterHours: 26,
      published: true,
    },
    closedAfterDays: 10,
  },
  {
    daysAgo: 280,
    title: '楼道堆放杂物无人清理',
    body: '3号楼2单元楼道里堆了旧家具和纸箱，占了一半通道，担心着火跑不出去。',
    compound: 0,
    anonymous: true,
    routed: { to: 'gridWorker', name: '网格员 郑丽华', afterHours: 3 },
    reply: { text: '网格员已上门劝导，杂物已于当周清理完毕。', afterHours: 50, published: false },
    closedAfterDays: 7,
  },
  {
    daysAgo: 250,
    title: '孩子放学后没地方写作业',
    body: '我们双职工，孩子四点半放学后没人看，希望社区能开个课后托管或作业辅导。',
    compound: null,
    anonymous: false,
    reply: {
      text: '您的建议已纳入社区需求清单，社区将与社工机构研究开设“四点半课堂”。',
      afterHours: 40,
      published: true,
    },
    need: { title: '双职工家庭儿童课后托管与作业辅导', category: 'childrenYouth', targetGroup: 'children' },
  },
  {
    daysAgo: 220,
    title: '垃圾分类点气味太大',
    body: '2号楼旁边的垃圾分类点夏天味道很大，能不能多清运一次或者挪个位置？',
    compound: 2,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 8 },
    reply: { text: '物业已将清运改为每日两次，并每周冲洗消毒。', afterHours: 70, published: true },
    closedAfterDays: 12,
  },
  {
    daysAgo: 200,
    title: '小区广场舞音量太大',
    body: '晚上八点半以后广场舞音响还很大声，影响孩子学习和老人休息。',
    compound: 1,
    anonymous: true,
    routed: { to: 'staff', name: '社区居委会', afterHours: 30 },
    reply: {
      text: '社区已与舞蹈队协商，晚上八点半后停止播放音乐，并降低音量。',
      afterHours: 100,
      published: true,
    },
    closedAfterDays: 15,
  },
  {
    daysAgo: 180,
    title: '希望增加休息座椅',
    body: '小区步道边没有座椅，老人走一段就累了，希望增加几张长椅。',
    compound: 0,
    anonymous: false,
    routed: { to: 'ownersCommittee', name: '业主委员会', afterHours: 48 },
    reply: {
      text: '业委会同意使用公共收益增设6张长椅，已列入议事协商。',
      afterHours: 160,
      published: true,
    },
    need: { title: '小区步道增设休息座椅', category: 'facilities', targetGroup: 'elderly' },
  },
  {
    daysAgo: 160,
    title: '电梯经常停运',
    body: '5号楼电梯这个月已经坏了三次，楼上有行动不便的老人，非常不方便。',
    compound: 2,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 2 },
    reply: { text: '物业已请维保单位全面检修，并更换了控制板。', afterHours: 20, published: false },
    closedAfterDays: 6,
  },
  {
    daysAgo: 140,
    title: '独居老人希望有人定期看看',
    body: '隔壁王阿姨一个人住，子女在外地，希望社区志愿者能定期上门看看她。',
    compound: 1,
    anonymous: true,
    reply: {
      text: '社工已上门了解情况，并安排志愿者每周探访一次。',
      afterHours: 22,
      published: false,
    },
    closedAfterDays: 8,
  },
  {
    daysAgo: 120,
    title: '消防通道被车辆占用',
    body: '晚上消防通道经常停满车，万一有事消防车进不来。',
    compound: 0,
    anonymous: true,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 6 },
    reply: { text: '物业已在消防通道施划禁停线并安排夜间巡查。', afterHours: 80, published: true },
    closedAfterDays: 20,
  },
  {
    daysAgo: 100,
    title: '建议开设老年人智能手机课程',
    body: '很多老人不会用手机挂号、缴费，希望社区开个手机使用培训班。',
    compound: null,
    anonymous: false,
    reply: {
      text: '社区已联合志愿队开设“银龄触网”课堂，每周四上午上课。',
      afterHours: 36,
      published: true,
    },
    closedAfterDays: 30,
  },
  {
    daysAgo: 85,
    title: '楼顶漏水',
    body: '7号楼顶层每次下雨都漏水，找过物业几次还没有修好。',
    compound: 2,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 12 },
    reply: {
      text: '物业已申请使用维修基金进行屋面防水改造，业委会已同意。',
      afterHours: 200,
      published: false,
    },
  },
  {
    daysAgo: 70,
    title: '希望增设儿童游乐设施',
    body: '小区里的孩子没有地方玩，建议在空地上设置一些安全的游乐设施。',
    compound: 1,
    anonymous: false,
    routed: { to: 'ownersCommittee', name: '业主委员会', afterHours: 30 },
    reply: {
      text: '该建议已转为社区需求，将在书记下午茶上与业委会、物业共同商议。',
      afterHours: 60,
      published: true,
    },
    need: { title: '小区空地增设儿童游乐设施', category: 'facilities', targetGroup: 'children' },
  },
  {
    daysAgo: 55,
    title: '快递柜不够用',
    body: '快递柜经常满，快递只能放在门口，容易丢。',
    compound: 0,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 10 },
    reply: { text: '物业已联系快递柜公司新增一组柜体。', afterHours: 90, published: true },
    closedAfterDays: 25,
  },
  {
    daysAgo: 40,
    title: '夜间有人在小区内遛狗不牵绳',
    body: '晚上有人遛大型犬不牵绳，孩子和老人都很害怕。',
    compound: 2,
    anonymous: true,
    routed: { to: 'gridWorker', name: '网格员 陈志强', afterHours: 4 },
    reply: { text: '网格员已张贴文明养犬告示并与相关住户沟通。', afterHours: 46, published: true },
  },
  {
    daysAgo: 25,
    title: '公交站缺少遮雨棚',
    body: '园山路公交站没有遮雨棚，下雨天等车很不方便。',
    compound: null,
    anonymous: false,
    routed: { to: 'staff', name: '社区居委会', afterHours: 24 },
    reply: {
      text: '社区已向街道和交通部门反映，正在协调增设候车亭。',
      afterHours: 96,
      published: true,
    },
  },
  {
    daysAgo: 12,
    title: '健身器材损坏',
    body: '小区健身区的扭腰器松动了，存在安全隐患。',
    compound: 1,
    anonymous: false,
    routed: { to: 'propertyManager', name: '物业服务中心', afterHours: 20 },
  },
  {
    daysAgo: 1,
    title: '希望社区开设书法兴趣班',
    body: '退休后想学书法，希望社区能开设书法兴趣班，每周一两次就好。',
    compound: null,
    anonymous: false,
  },
];

/** resident1's (杨阿伯) own suggestion, answered and published, as the phone page shows it. */
export const resident1Suggestion: DemoSuggestion = {
  daysAgo: 18,
  title: '希望社区提供老年助餐服务',
  body: '我和老伴年纪大了，做饭越来越吃力，希望社区能办个长者食堂或者送餐上门。',
  compound: 0,
  anonymous: false,
  reply: {
    text: '杨阿伯您好，社区已与园山长者食堂对接，每天中午11点供餐，行动不便的老人可由志愿者送餐上门，请联系网格员登记。',
    afterHours: 28,
    published: true,
  },
};

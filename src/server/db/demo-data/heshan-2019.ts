import type { ServiceTargetGroup } from '../../../core/activities/contract';

/**
 * 禾山's 2019 as seed 003 states it (小组活动7个，社区活动22场，服务人次3000余人). The demo world keeps
 * it as the activities, sessions and attendance behind it (written by activities/demo-heshan-2019.ts),
 * so the figures page computes it back.
 */
export const heshan2019 = { year: 2019, communityActivities: 22, groups: 7, personTimesAtLeast: 3000 };

export type PlannedActivity = { title: string; brand: string; targetGroups: ServiceTargetGroup[] };
const ev = (title: string, brand: string, ...targetGroups: ServiceTargetGroup[]): PlannedActivity => ({
  title: `${brand}·${title}`,
  brand,
  targetGroups: targetGroups.length ? targetGroups : ['all'],
});

export const heshan2019Events: PlannedActivity[] = [
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

export const heshan2019Groups: PlannedActivity[] = [
  ev('长者手工坊（小组）', '爱有道', 'elderly'),
  ev('亲子阅读小组', '禾邻有约', 'child'),
  ev('楼栋长能力提升小组', '爱自治'),
  ev('志愿者骨干培育小组', '禾你益起', 'volunteers'),
  ev('社区社会组织培力小组', '爱集禾'),
  ev('慢病自我管理小组', '爱有道', 'elderly'),
  ev('小区文艺队成长小组', '一区一品'),
];

import type { Role } from '../../../core/roles';

export const demoPassword = 'Jinlin@2025';

/** Synthetic providers: the seeds name no contractor. */
export const demoProviders = [
  {
    key: 'jinlin',
    name: '厦门市湖里区近邻社会工作服务中心',
    creditCode: '52350206MJ0000001A',
    contactName: '陈晓红',
  },
  {
    key: 'tongxin',
    name: '厦门市同心圆社会工作服务社',
    creditCode: '52350206MJ0000002B',
    contactName: '黄立新',
  },
] as const;

export type DemoAccount = {
  username: string;
  name: string;
  mobile: string;
  /** Unit names: the district, a street, or a community. */
  memberships: { unit: string; role: Role; provider?: (typeof demoProviders)[number]['key'] }[];
  what: string;
  /** Linked to a resident of this community (age band), so the phone pages know who they are. */
  residentOf?: { community: string; elderly: boolean };
};

export const demoAccounts: DemoAccount[] = [
  {
    username: 'huli.admin',
    name: '林志明',
    mobile: '13800000001',
    memberships: [{ unit: '湖里区', role: 'districtAdmin' }],
    what: '湖里区 区级管理员',
  },
  {
    username: 'jiangtou.admin',
    name: '王海燕',
    mobile: '13800000002',
    memberships: [
      { unit: '江头街道', role: 'streetAdmin' },
      { unit: '江头街道', role: 'reviewer' },
    ],
    what: '江头街道 街道管理员（兼评审，可切换身份）',
  },
  {
    username: 'heshan.admin',
    name: '郑国庆',
    mobile: '13800000003',
    memberships: [{ unit: '禾山街道', role: 'streetAdmin' }],
    what: '禾山街道 街道管理员',
  },
  {
    username: 'yuanshan.staff',
    name: '李秀梅',
    mobile: '13800000004',
    memberships: [{ unit: '园山社区', role: 'communityStaff' }],
    what: '园山社区 社区工作人员',
  },
  {
    username: 'jinshang.staff',
    name: '张建华',
    mobile: '13800000005',
    memberships: [{ unit: '金尚社区', role: 'communityStaff' }],
    what: '金尚社区 社区工作人员',
  },
  {
    username: 'lvcuo.staff',
    name: '吴丽娟',
    mobile: '13800000006',
    memberships: [{ unit: '吕厝社区', role: 'communityStaff' }],
    what: '吕厝社区 社区工作人员',
  },
  {
    username: 'heshan.staff',
    name: '蔡明辉',
    mobile: '13800000007',
    memberships: [{ unit: '禾山社区', role: 'communityStaff' }],
    what: '禾山社区 社区工作人员',
  },
  {
    username: 'yuanshan.sw',
    name: '陈思远',
    mobile: '13800000008',
    memberships: [{ unit: '园山社区', role: 'socialWorker', provider: 'jinlin' }],
    what: '园山社区项目 社工（近邻社工中心）',
  },
  {
    username: 'jinshang.sw',
    name: '许嘉怡',
    mobile: '13800000009',
    memberships: [{ unit: '金尚社区', role: 'socialWorker', provider: 'tongxin' }],
    what: '金尚社区项目 社工（同心圆社工社）',
  },
  {
    username: 'reviewer1',
    name: '黄振宇',
    mobile: '13800000010',
    memberships: [{ unit: '湖里区', role: 'reviewer' }],
    what: '评审专家',
  },
  {
    username: 'volunteer1',
    name: '周美玲',
    mobile: '13800000011',
    memberships: [{ unit: '园山社区', role: 'volunteer' }],
    what: '园山社区 志愿者（关联居民档案，可用手机报名、签到）',
    residentOf: { community: '园山社区', elderly: false },
  },
  {
    username: 'jinshang.volunteer',
    name: '林晓燕',
    mobile: '13800000013',
    memberships: [{ unit: '金尚社区', role: 'volunteer' }],
    what: '金尚社区 志愿者（关联居民档案）',
    residentOf: { community: '金尚社区', elderly: false },
  },
  {
    username: 'resident1',
    name: '杨阿伯',
    mobile: '13800000012',
    memberships: [{ unit: '园山社区', role: 'resident' }],
    what: '园山社区 居民（老年人，关联居民档案）',
    residentOf: { community: '园山社区', elderly: true },
  },
];

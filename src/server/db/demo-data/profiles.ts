import { type DeclaredProfile, emptyDeclaredProfile } from '../../../core/community-profiles/contract';

/** What the seeds' communities declare about themselves (seed 000, 002, 003, 004). */
export const demoProfiles: Record<string, DeclaredProfile> = {
  园山社区: {
    ...emptyDeclaredProfile,
    population: { total: 14000, hukou: 5736, migrant: null },
    populationNote: '居住总人口近1.4万人',
    compounds: 18,
    apartmentBlocks: 10,
    grids: 7,
    businesses: '企业（含个体户）超1000家',
    partyBranches: [
      { kind: '网格党支部', count: 4 },
      { kind: '小区党支部', count: 4 },
      { kind: '非公企业党支部', count: 4 },
    ],
    partyMembers: 194,
    dualRegisteredPartyMembers: 230,
    schools: [
      { name: '普惠性幼儿园', kind: 'kindergarten' },
      { name: '公办幼儿园', kind: 'kindergarten' },
    ],
    facilities: [
      { name: '幸福驿站', areaM2: null },
      { name: '江头街道社区戒毒社区康复管理工作站', areaM2: null },
    ],
    businessDistricts: ['联发欣悦里商圈', '商业写字楼（3栋）'],
  },
  金尚社区: {
    ...emptyDeclaredProfile,
    population: { total: 14000, hukou: 10580, migrant: 3206 },
    populationNote: '总人口近1.4万人',
    compounds: 8,
    schools: [
      { name: '公办中学', kind: 'middle' },
      { name: '公办小学', kind: 'primary' },
      { name: '公办幼儿园（2所）', kind: 'kindergarten' },
      { name: '私立托育机构（2所）', kind: 'childcare' },
      { name: '书画、音乐、运动等培训机构（20余家）', kind: 'training' },
    ],
    facilities: [
      { name: '法治文化大广场', areaM2: 10000 },
      { name: '社区居民之家', areaM2: 2400 },
      { name: '新时代文明实践站', areaM2: null },
      { name: '母婴室', areaM2: null },
      { name: '多功能活动厅', areaM2: null },
      { name: '少儿图书馆社区分馆', areaM2: null },
      { name: '绿色网吧', areaM2: null },
      { name: '科普工作室', areaM2: null },
      { name: '茶文化教育基地', areaM2: null },
      { name: '街道未成年人保护站', areaM2: null },
      { name: '心理咨询室', areaM2: null },
    ],
  },
  吕厝社区: {
    ...emptyDeclaredProfile,
    compounds: 13,
    areaKm2: 0.6,
    businesses: '商铺近1000家',
    partyBranches: [{ kind: '党支部', count: 18 }],
    partyMembers: 231,
    facilities: [{ name: '公园', areaM2: null }],
    businessDistricts: [
      '建材一条街',
      '天地花园美食一条街',
      '台湾街金融一条街',
      '江头北路日用品一条街',
      '江头西路手机市场',
      '商业楼宇（4栋）',
      '商住楼（2栋）',
    ],
  },
  禾山社区: {
    ...emptyDeclaredProfile,
    compounds: 6,
    notes: '2019年：常态化服务13项，链接资源价值40.84万元，场地使用386次，服务8338人次',
  },
};

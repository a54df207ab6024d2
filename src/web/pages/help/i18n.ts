import type { DeepStrings } from '../../i18n/messages';

// 使用帮助: what each page is for and how it is used, under t('help.…'). An entry's key is its menu
// entry's key; a page whose entry has a text here shows a 帮助 link beside its trail.
export const zhCN = {
  menu: '使用帮助',
  shortcut: '各功能能做什么、怎么用',
  title: '使用帮助',
  description: '按功能说明用途和常用操作；每个页面标题上方的“帮助”也会直接跳到对应说明',
  link: '帮助',
  what: '能做什么',
  how: '怎么用',
  entries: {
    residents: {
      what: '登记和查询本社区的一老一小一困居民，证件号、手机号在名单中脱敏显示。',
      how: '在名单上方按姓名、证件或手机后4位、小区、网格、人群筛选；“导入”先下载模板，填好后预检，无错误再确认导入（全部成功或全部不写入）；查看完整信息需填写原因，并记入审计日志。',
    },
    populationStats: {
      what: '按年龄段、人群标签、小区和网格统计在册人口，可指定统计日期。',
      how: '选择统计日期和范围后查看各项人数，点击数字可打开对应的居民名单。',
    },
    communityProfile: {
      what: '维护本社区的年度概况：人口结构、资源、特色与问题，供项目申报使用。',
      how: '逐项填写后保存；人口数字取自居民名册，不需要手工计算。',
    },
    activities: {
      what: '策划、发布活动和小组，报名、候补、签到，记录照片和出勤。',
      how: '“新建活动”填写时间、地点、名额和报名截止；发布后居民可在手机上报名；活动当天在“签到”页出示二维码或按名单签到；结束后上传照片。',
    },
    volunteers: {
      what: '志愿者登记与审核、队伍、培训、岗位排班、服务时长审核、表扬与证明。',
      how: '审核手机端的志愿申请；在活动的“志愿岗位”中设置岗位；签到签退后在“服务时长”里审核（可更正并写明原因）；证明在志愿者详情中导出。',
    },
    points: {
      what: '志愿积分账户、流水和积分规则；流水只增不改，更正以冲销记录。',
      how: '在“规则”中设置每小时积分等（新版本只影响之后审核的时长）；手工调整须写明原因并记入审计日志。',
    },
    shop: {
      what: '友邻超市：捐赠物品上架、柜台兑换、领取、盘点。',
      how: '“新增物品”登记捐赠方、价值和所需积分；志愿者可在手机上兑换，也可在柜台代兑；领取时才扣除积分，7天未领自动退回。',
    },
    serviceFigures: {
      what: '按期间统计活动、小组、服务人次与人数、个案和探访，按单位、品牌、人群分列。',
      how: '选择期间（本月、本季度、本年、上年或自定义）和单位，导出“服务统计表.xlsx”即可用于申报和评估。',
    },
    projects: {
      what: '政府购买服务项目：购买方、承接机构、预算和周期，以及项目下的服务数字。',
      how: '新建项目后，活动、个案和探访可关联到项目；项目详情中的数字按关联的记录自动统计。',
    },
    cases: {
      what: '个案管理：接案、预估、计划、介入、评估、结案，敏感内容加密保存。',
      how: '从居民详情或个案列表“开案”；每次服务写一条记录；推进阶段后不能退回；完整内容只对负责社工、督导和社区工作人员可见。',
    },
    visits: {
      what: '探访计划与记录：按人群批量建计划，到期和逾期一目了然。',
      how: '为独居老人等人群“批量建计划”并设探访间隔；探访后登记情况和跟进事项，下次到期日自动计算。',
    },
    orgUnits: {
      what: '区、街道、社区的组织架构，以及社区的网格和小区。',
      how: '在树中选择单位后新增下级单位或维护网格、小区名称。',
    },
    users: {
      what: '账号与身份：为工作人员、社工、志愿者和居民开设账号并授予身份。',
      how: '新建账号时选择单位和身份；忘记密码的居民由社区在此重置密码；停用账号立即生效。',
    },
    providers: {
      what: '承接服务的社工机构名录。',
      how: '登记机构名称、统一社会信用代码和联系人，供项目选择承接机构。',
    },
    audit: {
      what: '账号、权限和敏感数据操作的留痕记录，不能修改或删除。',
      how: '按操作类型、操作人和时间筛选；查看完整居民信息、导出等操作都会在这里留下记录。',
    },
  },
};

export const en: DeepStrings<typeof zhCN> = {
  menu: 'Help',
  shortcut: 'What each feature is for and how to use it',
  title: 'Help',
  description: 'What each feature is for and its usual steps; the Help link above each page title leads here',
  link: 'Help',
  what: 'What it is for',
  how: 'How to use it',
  entries: {
    residents: {
      what: 'Register and find elderly, children and people in hardship; ID and mobile numbers are masked in lists.',
      how: 'Filter by name, last 4 of ID or mobile, compound, grid or group; to import, download the template, check the file, then import (all rows or none); a full view needs a reason and is audited.',
    },
    populationStats: {
      what: 'Registered population by age band, group, compound and grid, on a chosen date.',
      how: 'Choose the date and scope; each number opens its list of residents.',
    },
    communityProfile: {
      what: 'The community profile of the year: population, resources, strengths and problems, for applications.',
      how: 'Fill in each part and save; population figures come from the registry.',
    },
    activities: {
      what: 'Plan and publish activities and groups, with sign-up, waitlist, check-in, photos and attendance.',
      how: 'Create an activity with its time, place, places and sign-up close; once published residents sign up on the phone; check them in by QR code or by name; upload photos afterwards.',
    },
    volunteers: {
      what: 'Volunteers, teams, trainings, shifts, service hours, commendations and certificates.',
      how: 'Screen applications from the phone; add positions to an activity; approve hours after check-out (corrections need a reason); export certificates from a volunteer’s page.',
    },
    points: {
      what: 'Points accounts, the ledger and the rules; the ledger is never changed, corrections reverse.',
      how: 'Set points per hour in Rules (a new version applies to hours approved later); manual adjustments need a reason and are audited.',
    },
    shop: {
      what: 'The points shop: donated items, counter redemptions, pick-up and stock-takes.',
      how: 'Add an item with its donor, value and price in points; volunteers redeem on the phone or at the counter; points are deducted at pick-up and return after 7 days unclaimed.',
    },
    serviceFigures: {
      what: 'Activities, groups, person-times, people, cases and visits per period, by unit, brand and group.',
      how: 'Choose the period and unit, then export the workbook for applications and evaluations.',
    },
    projects: {
      what: 'Purchased service projects: purchaser, provider, budget and term, and their figures.',
      how: 'Activities, cases and visits can name a project; its figures count them.',
    },
    cases: {
      what: 'Casework from intake to closing; sensitive content is encrypted.',
      how: 'Open a case from a resident or the list; record each service; stages move forward only; full content is shown to the worker, supervisor and community staff.',
    },
    visits: {
      what: 'Visit plans and visits, with due and overdue ones at a glance.',
      how: 'Plan visits for a whole group with an interval; record each visit; the next due date follows.',
    },
    orgUnits: {
      what: 'The district, streets and communities, and each community’s grids and compounds.',
      how: 'Choose a unit in the tree to add units below it or keep its grids and compounds.',
    },
    users: {
      what: 'Accounts and roles for staff, social workers, volunteers and residents.',
      how: 'Create an account with its unit and role; reset a resident’s forgotten password here; a ban applies at once.',
    },
    providers: {
      what: 'The social work organisations that deliver projects.',
      how: 'Record their name, credit code and contact for projects to name.',
    },
    audit: {
      what: 'The trail of account, permission and sensitive-data actions; it cannot be changed.',
      how: 'Filter by action type, person and time; full views and exports are all recorded here.',
    },
  },
};

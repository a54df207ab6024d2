import type { ErrorMessages } from '../../platform/errors';

export const volunteerErrors = {
  'volunteers.not_registered': {
    zh: '您还不是志愿者，请先申请',
    en: 'You are not a volunteer yet; apply first',
  },
  'volunteers.not_active': {
    zh: '您的志愿者申请尚未通过审核',
    en: 'Your volunteer application has not been approved yet',
  },
  // The registry, screening, teams, trainings and commendations.
  'volunteers.not_found': { zh: '志愿者不存在', en: 'Volunteer not found' },
  'volunteers.too_young': {
    zh: '未满14周岁不能单独注册为志愿者，请在监护人陪同下参加活动',
    en: 'Under 14 a person cannot register as a volunteer alone',
  },
  'volunteers.guardian_consent_required': {
    zh: '14至17周岁的志愿者须登记监护人同意（监护人姓名、手机号和关系）',
    en: "A volunteer aged 14 to 17 needs a guardian's consent (name, mobile, relation)",
  },
  'volunteers.duplicate_person': {
    zh: '此人已是本社区的志愿者或已提交申请',
    en: 'This person is already a volunteer or an applicant of this community',
  },
  'volunteers.already_applied': {
    zh: '您已提交过志愿者申请或已是志愿者',
    en: 'You have already applied or are a volunteer',
  },
  'volunteers.identity_required': {
    zh: '您的账号未关联居民档案，请填写姓名和证件信息',
    en: 'Your account is not linked to a resident record; give your name and ID',
  },
  'volunteers.invalid_id_number': { zh: '证件号码无效', en: 'The ID number is not valid' },
  'volunteers.birth_date_required': {
    zh: '非居民身份证须填写出生日期',
    en: 'Documents other than a resident ID need the birth date',
  },
  'volunteers.id_mismatch': {
    zh: '出生日期与身份证号不一致',
    en: 'The birth date does not match the ID number',
  },
  'volunteers.not_a_community': {
    zh: '志愿者须登记在社区，请以社区身份操作',
    en: 'Volunteers are registered at a community; act as a community',
  },
  'volunteers.not_applied': {
    zh: '只能审核待审核的申请',
    en: 'Only a pending application can be screened',
  },
  'volunteers.bad_status_change': {
    zh: '只有在册志愿者可以离队，只有已离队的志愿者可以恢复',
    en: 'Only an active volunteer can leave, and only one who left can come back',
  },
  'volunteers.not_in_unit': {
    zh: '所选志愿者不属于本社区或不在册',
    en: 'A chosen volunteer is not an active volunteer of this community',
  },
  'volunteerTeams.not_found': { zh: '志愿队不存在', en: 'Volunteer team not found' },
  'volunteerTeams.duplicate_name': {
    zh: '本社区已有同名志愿队',
    en: 'The community already has a team of that name',
  },
  'volunteerTeams.bad_parent': {
    zh: '小区分支须隶属于本社区的社区总支（总支下不能再设分支的分支）',
    en: 'A branch belongs to a community team of the same community (branches have no branches)',
  },
  'volunteerTeams.compound_required': {
    zh: '小区分支须选择本社区的小区；社区总支不选小区',
    en: "A branch names one of the community's compounds; a community team names none",
  },
  'volunteerTeams.not_empty': {
    zh: '该志愿队还有分支或队员，请先移出后再删除',
    en: 'The team still has branches or members; remove them first',
  },
  'volunteerTeams.not_member': {
    zh: '该志愿者不是此队队员',
    en: 'The volunteer is not a member of this team',
  },
  'volunteerTrainings.not_found': { zh: '培训记录不存在', en: 'Training not found' },
  'volunteerTrainings.trainer_required': {
    zh: '请填写培训讲师；骨干带训须选择本社区的骨干志愿者',
    en: 'Name the trainer; a backbone-led training names a backbone volunteer of the community',
  },
  'volunteerTrainings.future_date': {
    zh: '培训日期不能晚于今天',
    en: 'The training date cannot be later than today',
  },
  // Shifts, service records, corrections, settings and certificates.
  'volunteerPositions.not_found': { zh: '志愿岗位不存在', en: 'Volunteer position not found' },
  'volunteerPositions.has_sign_ups': {
    zh: '该岗位已有志愿者报名，不能删除，人数也不能少于已报名人数',
    en: 'The position has sign-ups: it cannot be deleted or made smaller than those signed up',
  },
  'volunteerPositions.full': { zh: '该岗位名额已满', en: 'The position is full' },
  'volunteerPositions.not_open': {
    zh: '活动未发布或岗位已开始，不能报名或取消',
    en: 'The activity is not published or the position has started',
  },
  'volunteerPositions.activity_not_published': {
    zh: '只有已发布或草稿状态的活动可以设置志愿岗位',
    en: 'Positions can be set only on a draft or published activity',
  },
  'volunteerShifts.already_signed_up': {
    zh: '该志愿者已报名此岗位',
    en: 'The volunteer has already signed up for this position',
  },
  'volunteerShifts.not_found': { zh: '排班记录不存在', en: 'Shift not found' },
  'volunteerShifts.not_checked_in': { zh: '尚未签到，不能签退', en: 'Not checked in yet' },
  'volunteerShifts.already_checked': {
    zh: '该排班已签到（签退），不能重复操作',
    en: 'The shift is already checked in (out)',
  },
  'volunteerShifts.out_before_in': {
    zh: '签退时间不能早于签到时间，也不能晚于现在',
    en: 'Check-out cannot be before check-in nor in the future',
  },
  'serviceRecords.not_found': { zh: '服务记录不存在', en: 'Service record not found' },
  'serviceRecords.future_date': {
    zh: '服务日期不能晚于今天',
    en: 'The service date cannot be later than today',
  },
  'serviceRecords.not_proposed': {
    zh: '只有待审核的服务记录可以审核',
    en: 'Only a proposed service record can be reviewed',
  },
  'serviceRecords.correction_reason_required': {
    zh: '核定时长与登记时长不同，请填写更正原因',
    en: 'Approving other minutes than proposed needs a correction reason',
  },
  'serviceRecords.not_correctable': {
    zh: '被驳回的服务记录不能申请更正',
    en: 'A rejected record cannot be corrected',
  },
  'serviceRecords.correction_open': {
    zh: '该记录已有待处理的更正申请',
    en: 'The record already has an open correction request',
  },
  'serviceRecords.nothing_to_export': {
    zh: '所选期间没有本单位已审核的服务记录',
    en: 'No approved service records of this unit in the period',
  },
  'serviceRecords.bad_period': {
    zh: '起始日期不能晚于结束日期',
    en: 'The start date cannot be after the end date',
  },
  'serviceRecordCorrections.not_found': {
    zh: '更正申请不存在或已处理',
    en: 'Correction request not found or already answered',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof volunteerErrors, true> {}
}

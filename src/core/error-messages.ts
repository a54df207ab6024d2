/**
 * One title per stable error code, in both languages. The server renders problem+json titles from
 * here and the web may show them too, so a code means the same words everywhere.
 */
export const errorMessages = {
  'http.bad_request': { zh: '请求格式不正确', en: 'The request is malformed' },
  'http.invalid_json': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'http.validation': { zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  'http.unauthenticated': { zh: '请先登录', en: 'Please sign in first' },
  'http.forbidden': { zh: '您没有权限执行此操作', en: 'You are not allowed to do this' },
  'http.not_found': { zh: '找不到请求的内容', en: 'Not found' },
  'http.route_not_found': { zh: '接口不存在', en: 'No such endpoint' },
  'http.payload_too_large': { zh: '提交的内容过大', en: 'The request body is too large' },
  'http.unsupported_media_type': { zh: '不支持的内容类型', en: 'Unsupported content type' },
  'http.rate_limited': { zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  'http.internal': { zh: '服务器内部错误，请稍后再试', en: 'Internal server error' },
  'auth.invalid_credentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': {
    zh: '连续登录失败次数过多，账号已临时锁定，请15分钟后再试或联系管理员',
    en: 'Too many failed sign-ins: the account is locked for 15 minutes',
  },
  'auth.banned': { zh: '账号已停用，请联系管理员', en: 'This account is disabled' },
  'auth.password_too_short': { zh: '密码长度需为8至128位', en: 'The password must be 8 to 128 characters' },
  'auth.password_too_weak': {
    zh: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs three of: upper case, lower case, digits, symbols',
  },
  'auth.wrong_current_password': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.no_membership': {
    zh: '该账号尚未分配任何组织与角色',
    en: 'This account has no organisation role yet',
  },
  'auth.membership_not_found': { zh: '所选的组织身份不存在', en: 'The selected membership does not exist' },
  'orgUnits.not_found': { zh: '组织单元不存在', en: 'Organisation unit not found' },
  'orgUnits.duplicate_code': {
    zh: '同级下已有相同编码的组织单元',
    en: 'A sibling unit already has this code',
  },
  'orgUnits.duplicate_name': { zh: '同级下已有同名的组织单元', en: 'A sibling unit already has this name' },
  'orgUnits.cannot_nest': { zh: '社区下不能再建组织单元', en: 'A community cannot have child units' },
  'orgUnits.outside_scope': {
    zh: '只能管理本单位及下级单位',
    en: 'You can only manage your own unit and below',
  },
  'providers.not_found': { zh: '社工机构不存在', en: 'Social work organization not found' },
  'providers.duplicate_name': { zh: '已有同名的社工机构', en: 'An organization with this name exists' },
  'providers.registered_above': {
    zh: '该社工机构由上级单位登记，只能由登记单位修改',
    en: 'This organization was registered by a higher unit; only that unit can change it',
  },
  'users.not_found': { zh: '用户不存在', en: 'User not found' },
  'users.duplicate_username': { zh: '用户名已被使用', en: 'The username is taken' },
  'users.duplicate_mobile': {
    zh: '手机号已被其他账号使用',
    en: 'The mobile number is used by another account',
  },
  'users.outside_scope': {
    zh: '该用户还在您管辖范围之外的单位任职，只能由上级管理员修改',
    en: 'This user also belongs to units outside your scope',
  },
  'users.cannot_change_self': { zh: '不能停用或重置自己的账号', en: 'You cannot disable or reset yourself' },
  'memberships.not_found': { zh: '任职记录不存在', en: 'Membership not found' },
  'memberships.duplicate': { zh: '该用户在此单位已有此角色', en: 'The user already has this role here' },
  'memberships.role_not_grantable': { zh: '您不能授予该角色', en: 'You cannot grant this role' },
  'memberships.role_unit_mismatch': {
    zh: '该角色不能设在此类组织单元',
    en: 'This role cannot be held at this kind of unit',
  },
  'memberships.provider_required': {
    zh: '社工角色必须选择所属社工机构',
    en: 'A social worker must belong to a social work organization',
  },
  'memberships.last_membership': {
    zh: '这是该用户最后一个任职，不能移除；可改为停用账号',
    en: "This is the user's last membership; disable the account instead",
  },
  'communityProfiles.not_a_community': { zh: '只有社区有社区概况', en: 'Only a community has a profile' },
  'residents.no_linked_record': {
    zh: '您的账号尚未关联居民档案，请联系社区工作人员',
    en: 'Your account is not linked to a resident record',
  },
  'activities.not_found': { zh: '活动不存在', en: 'Activity not found' },
  'activities.not_editable': { zh: '只有草稿状态的活动可以修改', en: 'Only a draft can be edited' },
  'activities.unknown_brand': {
    zh: '所选品牌不在主办单位可用的品牌列表中，请先添加品牌',
    en: 'A brand is not on the organiser unit’s list: add it first',
  },
  'brands.not_found': { zh: '品牌不存在', en: 'Brand not found' },
  'brands.duplicate': {
    zh: '该品牌已在本单位或上级单位的品牌列表中',
    en: 'The brand is already on the list of this unit or a unit above',
  },
  'brands.registered_above': {
    zh: '该品牌由上级单位设立，只能由设立单位删除',
    en: 'The brand was set up by a unit above and only that unit can remove it',
  },
  'activities.not_published': { zh: '活动未发布或已结束', en: 'The activity is not open' },
  'activities.registration_closed': { zh: '不在报名时间内', en: 'Registration is not open now' },
  'activities.cancellation_closed': {
    zh: '已过取消报名截止时间',
    en: 'The cancellation deadline has passed',
  },
  'activities.already_registered': { zh: '已报名或已在候补名单中，请勿重复报名', en: 'Already registered' },
  'activities.not_in_audience': {
    zh: '该活动仅限指定范围的居民报名',
    en: 'This activity is for other residents',
  },
  'activities.registration_not_found': { zh: '报名记录不存在', en: 'Registration not found' },
  'activities.session_not_found': { zh: '活动场次不存在', en: 'Session not found' },
  'activities.invalid_check_in_code': {
    zh: '签到码无效或已过期，请扫描现场最新的二维码',
    en: 'The check-in code is invalid or expired',
  },
  'activities.session_not_started': {
    zh: '该场次尚未开始，暂不能签到',
    en: 'The session has not started yet',
  },
  'activities.bad_transition': { zh: '当前状态下不能执行此操作', en: 'Not possible in the current state' },
  'activities.photo_missing': { zh: '请选择要上传的照片', en: 'Choose photos to upload' },
  'activities.photo_invalid': {
    zh: '有文件不是可用的照片，本次上传未保存任何照片；只支持 JPEG、PNG、WebP 图片',
    en: 'A file is not a usable photo; nothing was saved. Only JPEG, PNG and WebP are accepted',
  },
  'activities.photo_too_large': {
    zh: '单张照片不能超过10MB，本次上传未保存任何照片',
    en: 'Each photo must be at most 10 MB; nothing was saved',
  },
  'activities.photo_too_many_files': {
    zh: '一次最多上传20张照片',
    en: 'At most 20 photos in one upload',
  },
  'activities.photo_limit': {
    zh: '每个活动最多保存50张照片，请先删除部分照片',
    en: 'An activity keeps at most 50 photos; delete some first',
  },
  'activities.photos_not_open': {
    zh: '草稿或已取消的活动不能上传照片',
    en: 'Photos can be added only to a published or finished activity',
  },
  'activities.photo_not_found': { zh: '照片不存在', en: 'Photo not found' },
  'projects.not_found': { zh: '项目不存在', en: 'Project not found' },
  'projects.duplicate_name': {
    zh: '该购买主体下已有同名项目',
    en: 'The purchaser already has a project with this name',
  },
  'projects.unknown_provider': {
    zh: '承接机构不存在，请选择已登记的社工机构',
    en: 'Unknown contractor; choose a registered social work organization',
  },
  'projects.purchaser_kind': {
    zh: '购买主体应为街道或社区',
    en: 'The purchaser must be a street or a community',
  },
  'projects.link_not_found': {
    zh: '所选项目不存在或您无权使用',
    en: 'The project does not exist or is not yours to use',
  },
  'projects.link_outside_unit': {
    zh: '该项目的购买主体不包括这项服务所属的单位',
    en: "The work's unit is outside the project's purchaser",
  },
  'projects.link_ended': {
    zh: '该项目已结束，不能再计入新的服务',
    en: 'The project has ended; no new work can join it',
  },
  'visits.future_date': { zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'visits.plan_not_found': { zh: '该居民没有探访计划', en: 'This resident has no visit plan' },
  'visits.not_found': { zh: '探访记录不存在', en: 'Visit not found' },
  'visits.no_follow_up': { zh: '该次探访未标记需要跟进', en: 'This visit did not ask for follow-up' },
  'visits.follow_up_done': { zh: '该次探访已标记为已跟进', en: 'The follow-up is already done' },
  'visits.follow_up_before_visit': {
    zh: '跟进日期不能早于探访日期',
    en: 'The follow-up cannot be earlier than the visit',
  },
  'cases.not_found': { zh: '个案不存在', en: 'Case not found' },
  'cases.restricted': {
    zh: '个案记录仅限负责社工、督导和社区工作人员查看',
    en: 'Only the case worker, the supervisor and community staff may see this case',
  },
  'cases.closed': {
    zh: '个案已结案，不能再添加记录或更改阶段',
    en: 'The case is closed; it takes no more records or stage changes',
  },
  'cases.bad_stage': {
    zh: '个案只能进入下一阶段或直接结案，不能回退或跳过阶段',
    en: 'A case moves to the next stage or is closed; it never goes back or skips a stage',
  },
  'cases.closure_reason_required': { zh: '结案须填写原因', en: 'Closing needs a reason' },
  'cases.date_before_opening': { zh: '日期不能早于接案日期', en: 'The date is before the case was opened' },
  'cases.date_in_future': { zh: '日期不能晚于今天', en: 'The date is in the future' },
  'cases.invalid_supervisor': {
    zh: '督导须为本社区的社工或社区工作人员，且不能是负责社工本人',
    en: "The supervisor must be a social worker or staff member of the client's unit, not the case worker",
  },
  'residents.not_found': { zh: '居民不存在', en: 'Resident not found' },
  'residents.unknown_grid': { zh: '网格不存在或不在管辖范围内', en: 'Grid not found' },
  'residents.duplicate_id_number': {
    zh: '该证件号码已登记，请勿重复录入',
    en: 'This ID number is already registered',
  },
  'residents.invalid_id_number': { zh: '证件号码不正确', en: 'The ID number is invalid' },
  'residents.id_mismatch': {
    zh: '出生日期或性别与身份证号不一致',
    en: 'Birth date or sex does not agree with the ID number',
  },
  'residents.birth_date_required': {
    zh: '非居民身份证须填写出生日期和性别',
    en: 'Birth date and sex are required for this document type',
  },
  'residents.not_a_community': { zh: '居民只能登记在社区', en: 'Residents belong to a community' },
  'residents.unknown_place': {
    zh: '小区或网格不属于该社区',
    en: 'The compound or grid is not in this community',
  },
  'residents.guardian_required': {
    zh: '未满14周岁儿童须登记监护人',
    en: 'A child under 14 needs a guardian',
  },
  'residents.reason_required': {
    zh: '查看完整信息须说明原因',
    en: 'A reason is required to view the full record',
  },
  'residents.import_not_xlsx': {
    zh: '请上传 Excel 文件（.xlsx 格式）；.xls、.csv 等请先另存为 .xlsx',
    en: 'Please upload an .xlsx file',
  },
  'residents.import_file_missing': { zh: '请选择要导入的文件', en: 'Choose a file to import' },
  'residents.import_too_large': { zh: '文件不能超过20MB', en: 'The file must be at most 20 MB' },
  'residents.import_too_many_rows': { zh: '一次最多导入200000行', en: 'At most 200,000 rows per import' },
  'residents.import_missing_headers': {
    zh: '表头缺少必填列，请使用导入模板',
    en: 'Required columns are missing; use the template',
  },
  'residents.import_has_errors': {
    zh: '文件中有错误行，已全部不导入，请修改后重试',
    en: 'The file has errors; nothing was imported',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Locale = 'zh-CN' | 'en';

export function errorTitle(code: ErrorCode, locale: Locale): string {
  const message = errorMessages[code];
  return locale === 'en' ? message.en : message.zh;
}

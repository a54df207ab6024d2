import type { ErrorMessages } from '../../platform/errors';

export const activityErrors = {
  'activities.not_found': { zh: '活动不存在', en: 'Activity not found' },
  'activities.not_editable': {
    zh: '已结束或已取消的活动不能修改',
    en: 'A finished or cancelled activity cannot be edited',
  },
  'activities.locked_after_publishing': {
    zh: '活动已发布，只能修改活动介绍、地点、品牌、服务对象、所属项目和活动时间',
    en: 'A published activity may change only its description, place, brands, groups, project and times',
  },
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
  'activities.photo_too_many_files': { zh: '一次最多上传20张照片', en: 'At most 20 photos in one upload' },
  'activities.photo_limit': {
    zh: '每个活动最多保存50张照片，请先删除部分照片',
    en: 'An activity keeps at most 50 photos; delete some first',
  },
  'activities.photos_not_open': {
    zh: '草稿或已取消的活动不能上传照片',
    en: 'Photos can be added only to a published or finished activity',
  },
  'activities.photo_not_found': { zh: '照片不存在', en: 'Photo not found' },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof activityErrors, true> {}
}

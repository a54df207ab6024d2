import type { ErrorMessages } from '../../platform/errors';

export const meetingErrors = {
  'meetings.not_found': { zh: '会议不存在', en: 'Meeting not found' },
  'meetings.not_a_community': {
    zh: '议事会议由社区召开，请以社区身份操作',
    en: 'Meetings are held by a community; act as a community',
  },
  'meetings.not_planned': {
    zh: '只有计划中的会议可以修改、取消或标记为已召开',
    en: 'Only a planned meeting can be edited, cancelled or marked held',
  },
  'meetings.cancelled': {
    zh: '会议已取消，不能再修改参会人员或议题',
    en: 'The meeting is cancelled; participants and agenda are closed',
  },
  'meetings.not_begun': {
    zh: '会议尚未召开，不能签到、形成方案或标记为已召开',
    en: 'The meeting has not taken place yet',
  },
  'meetings.bad_compound': { zh: '请选择本社区的小区', en: "Choose one of the community's compounds" },
  'meetingKinds.not_found': { zh: '会议类型不存在', en: 'Meeting kind not found' },
  'meetingKinds.duplicate_name': {
    zh: '本社区已有同名会议类型',
    en: 'The community already has a meeting kind of that name',
  },
  'meetingKinds.in_use': {
    zh: '该会议类型已有会议使用，不能删除，可以改名',
    en: 'Meetings use this kind: rename it instead of removing it',
  },
  'meetingParticipants.not_found': { zh: '参会人员不存在', en: 'Participant not found' },
  'meetingParticipants.duplicate': { zh: '此人已在参会名单中', en: 'Already a participant' },
  'meetingParticipants.not_in_unit': {
    zh: '所选人员不属于本社区',
    en: 'The chosen person does not belong to this community',
  },
  'agendaItems.not_found': { zh: '议题不存在', en: 'Agenda item not found' },
  'agendaItems.duplicate_need': {
    zh: '该需求已在本次会议议程中',
    en: 'The need is already on this meeting’s agenda',
  },
  'agendaItems.need_not_in_unit': {
    zh: '只能选择本社区需求清单中的需求',
    en: 'Choose a need of this community’s needs list',
  },
  'agendaItems.bad_order': {
    zh: '排序须列出本次会议的全部议题',
    en: 'The order must list every item of this meeting',
  },
  'agendaItems.decided': {
    zh: '已形成方案的议题或来自需求清单的议题不能删除',
    en: 'A decided item or one drawn from the needs list cannot be removed',
  },
  'agendaItems.not_decided': {
    zh: '请先形成方案，再分派任务',
    en: 'Record the decision before assigning action items',
  },
  'actionItems.not_found': { zh: '任务不存在', en: 'Action item not found' },
  'actionItems.wrong_status': {
    zh: '任务状态已变化：只有进行中的任务可以完成或撤销，只有已完成的任务可以退回',
    en: 'Only an open item can be done or cancelled, and only a done item reopened',
  },
  'actionItems.bad_assignee': {
    zh: '责任方须是本社区的志愿队、合作方或工作人员',
    en: 'The assignee must be a team, partner or staff member of this community',
  },
  'actionItems.bad_activity': {
    zh: '关联活动须是本社区的活动',
    en: 'The linked activity must be one of this community',
  },
  'actionItems.due_before_meeting': {
    zh: '完成时限不能早于会议日期',
    en: 'The due date cannot be before the meeting',
  },
  'actionItems.photo_missing': { zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
  'actionItems.photo_invalid': { zh: '照片无法使用', en: 'The photo cannot be used' },
  'actionItems.photo_too_large': { zh: '照片超过10MB，请压缩后再上传', en: 'The photo is over 10 MB' },
  'actionItems.too_many_photos': {
    zh: '每项任务最多上传9张照片',
    en: 'An action item holds at most 9 photos',
  },
  'actionItems.photo_not_found': { zh: '照片不存在', en: 'Photo not found' },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof meetingErrors, true> {}
}

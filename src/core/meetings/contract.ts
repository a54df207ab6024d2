import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: '时间格式无效' });
const reasonSchema = z.string().trim().min(2, '请填写原因（至少2个字）').max(200);
const uuid = (message: string) => z.uuid(message);

// ---- Kinds, statuses and their Chinese names (议事协商) ----

/** The five kinds every unit has; a unit's own kinds are `other` with a row of meeting_kinds. */
export const builtInMeetingKinds = [
  'secretaryTea',
  'quarterlyCoordination',
  'jointMeeting',
  'compoundParlour',
  'thinkTank',
] as const;
export type BuiltInMeetingKind = (typeof builtInMeetingKinds)[number];
export const meetingKindValues = [...builtInMeetingKinds, 'other'] as const;
export type MeetingKind = (typeof meetingKindValues)[number];
export const builtInMeetingKindLabels: Record<BuiltInMeetingKind, string> = {
  secretaryTea: '书记下午茶',
  quarterlyCoordination: '季度协调会',
  jointMeeting: '联席会议',
  compoundParlour: '小区议事会客厅',
  thinkTank: '好厝边智囊团',
};

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: '计划中',
  held: '已召开',
  cancelled: '已取消',
};

export const participantKinds = ['staff', 'volunteer', 'partner', 'resident', 'other'] as const;
export type ParticipantKind = (typeof participantKinds)[number];
export const participantKindLabels: Record<ParticipantKind, string> = {
  staff: '工作人员',
  volunteer: '志愿者',
  partner: '合作方',
  resident: '居民',
  other: '其他',
};

export const actionItemStatuses = ['open', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: '进行中',
  done: '已完成',
  cancelled: '已撤销',
};

export const assigneeKinds = ['volunteerTeam', 'partner', 'staff'] as const;
export type AssigneeKind = (typeof assigneeKinds)[number];
export const assigneeKindLabels: Record<AssigneeKind, string> = {
  volunteerTeam: '志愿队',
  partner: '合作方',
  staff: '工作人员',
};

// ---- The unit's own kinds and its rules of procedure ----

export const meetingKindInput = z.object({
  name: z.string().trim().min(2, '请填写会议类型名称（至少2个字）').max(30, '名称不超过30个字'),
});
export type MeetingKindInput = z.infer<typeof meetingKindInput>;

export const meetingKindView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** How many meetings use it: a used kind can be renamed but not removed. */
  meetingCount: z.number().int(),
});
export type MeetingKindView = z.infer<typeof meetingKindView>;

export const meetingRulesInput = z.object({
  body: z.string().trim().min(10, '议事规则至少10个字').max(5000, '议事规则不超过5000字'),
});
export const meetingRulesView = z.object({
  body: z.string(),
  /** True when the unit keeps no text of its own and the default is shown. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type MeetingRulesView = z.infer<typeof meetingRulesView>;

// ---- Meetings ----

export const meetingInput = z
  .object({
    kind: z.enum(meetingKindValues, '请选择会议类型'),
    customKindId: uuid('会议类型无效').nullable().default(null),
    title: z.string().trim().min(2, '请填写会议名称（至少2个字）').max(80, '会议名称不超过80个字'),
    hostName: z.string().trim().min(2, '请填写主持人').max(30),
    startsAt: instant,
    endsAt: instant.nullable().default(null),
    place: z.string().trim().min(2, '请填写会议地点').max(80),
    compoundId: uuid('小区无效').nullable().default(null),
  })
  .refine((m) => (m.kind === 'other') === (m.customKindId !== null), {
    path: ['customKindId'],
    message: '自定义会议类型须选择本社区的类型',
  })
  .refine((m) => m.endsAt === null || m.endsAt > m.startsAt, {
    path: ['endsAt'],
    message: '结束时间须晚于开始时间',
  });
export type MeetingInput = z.infer<typeof meetingInput>;

export const meetingCancelInput = z.object({ reason: reasonSchema });
export const meetingHeldInput = z.object({
  minutes: z.string().trim().min(10, '请填写会议纪要（至少10个字）').max(20000),
  recorderName: z.string().trim().min(2, '请填写记录人').max(30),
});

export const meetingListQuery = z.object({
  status: z.enum(meetingStatuses).optional(),
  kind: z.enum(meetingKindValues).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(40).optional(),
});

export const meetingSummary = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  kind: z.enum(meetingKindValues),
  customKindId: z.uuid().nullable(),
  /** The built-in kind's Chinese name or the unit's own kind's name. */
  kindName: z.string(),
  title: z.string(),
  hostName: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  place: z.string(),
  compoundId: z.uuid().nullable(),
  compoundName: z.string().nullable(),
  status: z.enum(meetingStatuses),
  participantCount: z.number().int(),
  signedInCount: z.number().int(),
  agendaCount: z.number().int(),
  openActionCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

// ---- Participants (参会人员) and sign-in (签到) ----

export const participantInput = z
  .object({
    kind: z.enum(participantKinds, '请选择参会人员类别'),
    /** For partners without a provider and for others: the person's or organization's name. */
    name: z.string().trim().max(40).default(''),
    affiliation: z.string().trim().max(40).default(''),
    userId: z.string().min(1).max(64).nullable().default(null),
    volunteerId: uuid('志愿者编号无效').nullable().default(null),
    residentId: uuid('居民编号无效').nullable().default(null),
    providerId: uuid('合作方编号无效').nullable().default(null),
  })
  .refine(
    (p) =>
      (p.kind === 'staff' && p.userId !== null) ||
      (p.kind === 'volunteer' && p.volunteerId !== null) ||
      (p.kind === 'resident' && p.residentId !== null) ||
      (p.kind === 'partner' && (p.providerId !== null || p.name.length >= 2)) ||
      (p.kind === 'other' && p.name.length >= 2),
    { path: ['name'], message: '请选择参会人员或填写姓名（至少2个字）' },
  );
export type ParticipantInput = z.input<typeof participantInput>;

export const participantView = z.object({
  id: z.uuid(),
  kind: z.enum(participantKinds),
  name: z.string(),
  affiliation: z.string(),
  signedInAt: z.string().nullable(),
});
export type ParticipantView = z.infer<typeof participantView>;
export const signInInput = z.object({ signedIn: z.boolean() });

// ---- Agenda items (议题), decisions (方案) and action items (任务) ----

export const agendaItemInput = z
  .object({
    needId: uuid('需求编号无效').nullable().default(null),
    title: z.string().trim().max(80, '议题不超过80个字').default(''),
  })
  .refine((a) => a.needId !== null || a.title.length >= 2, {
    path: ['title'],
    message: '请填写议题（至少2个字）或从需求清单选择',
  });
export type AgendaItemInput = z.input<typeof agendaItemInput>;

export const agendaEditInput = z.object({
  title: z.string().trim().min(2, '请填写议题（至少2个字）').max(80),
  discussion: z.string().trim().max(5000).default(''),
});
export const agendaOrderInput = z.object({ ids: z.array(z.uuid()).min(1).max(50) });
export const decisionInput = z.object({
  discussion: z.string().trim().max(5000).default(''),
  decision: z.string().trim().min(4, '请填写形成的方案（至少4个字）').max(2000),
});

export const actionItemInput = z
  .object({
    what: z.string().trim().min(2, '请填写任务内容（至少2个字）').max(200),
    assigneeKind: z.enum(assigneeKinds, '请选择责任方类别'),
    volunteerTeamId: uuid('志愿队编号无效').nullable().default(null),
    providerId: uuid('合作方编号无效').nullable().default(null),
    /** A partner that is no registered provider (业委会, 物业公司 …) by name. */
    partnerName: z.string().trim().max(40).default(''),
    staffUserId: z.string().min(1).max(64).nullable().default(null),
    dueOn: isoDate,
  })
  .refine(
    (a) =>
      (a.assigneeKind === 'volunteerTeam' && a.volunteerTeamId !== null) ||
      (a.assigneeKind === 'partner' && (a.providerId !== null || a.partnerName.length >= 2)) ||
      (a.assigneeKind === 'staff' && a.staffUserId !== null),
    { path: ['assigneeKind'], message: '请选择责任方' },
  );
export type ActionItemInput = z.input<typeof actionItemInput>;

export const actionDoneInput = z.object({
  note: z.string().trim().min(2, '请填写完成情况（至少2个字）').max(1000),
  activityId: uuid('活动编号无效').nullable().default(null),
});
export type ActionDoneInput = z.input<typeof actionDoneInput>;
export const actionReasonInput = z.object({ reason: reasonSchema });

export const actionPhotoView = z.object({ id: z.uuid(), width: z.number().int(), height: z.number().int() });

export const actionItemView = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  agendaItemId: z.uuid(),
  agendaTitle: z.string(),
  needId: z.uuid().nullable(),
  what: z.string(),
  assigneeKind: z.enum(assigneeKinds),
  volunteerTeamId: z.uuid().nullable(),
  assigneeName: z.string(),
  dueOn: z.string(),
  status: z.enum(actionItemStatuses),
  /** Open and due before today. */
  overdue: z.boolean(),
  evidenceNote: z.string(),
  activityId: z.uuid().nullable(),
  activityTitle: z.string().nullable(),
  doneAt: z.string().nullable(),
  photos: z.array(actionPhotoView),
});
export type ActionItemView = z.infer<typeof actionItemView>;

export const actionItemListQuery = z.object({
  status: z.enum(actionItemStatuses).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  assigneeKind: z.enum(assigneeKinds).optional(),
  volunteerTeamId: z.uuid('志愿队编号无效').optional(),
  meetingId: z.uuid('会议编号无效').optional(),
});

export const agendaItemView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  needId: z.uuid().nullable(),
  needStatus: z.string().nullable(),
  discussion: z.string(),
  decision: z.string().nullable(),
  decidedAt: z.string().nullable(),
  actionItems: z.array(actionItemView),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const meetingDetail = meetingSummary.extend({
  minutes: z.string(),
  recorderName: z.string(),
  heldAt: z.string().nullable(),
  /** The reason given when it was cancelled. */
  cancelReason: z.string().nullable(),
  participants: z.array(participantView),
  agenda: z.array(agendaItemView),
  rules: meetingRulesView,
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

/** Accepted needs (and needs already on an agenda) of the meeting's unit an agenda can draw on. */
export const agendaCandidate = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.string(),
  category: z.string(),
});

/** Staff of the unit a participant or an action item can name. */
export const staffCandidate = z.object({ userId: z.string(), name: z.string(), role: z.string() });

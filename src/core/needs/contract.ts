import { z } from 'zod';

// ---- Enums and their Chinese names (需求清单) ----

export const needCategories = [
  'elderCare',
  'childrenYouth',
  'hardship',
  'disability',
  'health',
  'environment',
  'facilities',
  'safety',
  'culture',
  'neighbourhood',
  'other',
] as const;
export type NeedCategory = (typeof needCategories)[number];
export const needCategoryLabels: Record<NeedCategory, string> = {
  elderCare: '养老助老',
  childrenYouth: '儿童青少年',
  hardship: '困难帮扶',
  disability: '助残服务',
  health: '健康医疗',
  environment: '环境卫生',
  facilities: '设施配套',
  safety: '平安建设',
  culture: '文体活动',
  neighbourhood: '邻里关系',
  other: '其他',
};

export const needTargetGroups = [
  'elderly',
  'children',
  'families',
  'disabled',
  'hardship',
  'allResidents',
  'other',
] as const;
export type NeedTargetGroup = (typeof needTargetGroups)[number];
export const needTargetGroupLabels: Record<NeedTargetGroup, string> = {
  elderly: '老年人',
  children: '儿童',
  families: '家庭',
  disabled: '残疾人',
  hardship: '困难群众',
  allResidents: '全体居民',
  other: '其他',
};

export const needPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type NeedPriority = (typeof needPriorities)[number];
export const needPriorityLabels: Record<NeedPriority, string> = {
  low: '低',
  normal: '一般',
  high: '高',
  urgent: '紧急',
};

/** new → accepted → onAgenda → inProgress → resolved; or declined; a duplicate becomes merged. */
export const needStatuses = [
  'new',
  'accepted',
  'onAgenda',
  'inProgress',
  'resolved',
  'declined',
  'merged',
] as const;
export type NeedStatus = (typeof needStatuses)[number];
export const needStatusLabels: Record<NeedStatus, string> = {
  new: '待受理',
  accepted: '已受理',
  onAgenda: '已上会',
  inProgress: '办理中',
  resolved: '已办结',
  declined: '不予受理',
  merged: '已合并',
};
/** A need in one of these takes no edit, agenda, decision or merge. */
export const closedNeedStatuses = ['resolved', 'declined', 'merged'] as const satisfies readonly NeedStatus[];

export const needSourceKinds = [
  'resident',
  'gridVisit',
  'interview',
  'survey',
  'suggestion',
  'staff',
] as const;
export type NeedSourceKind = (typeof needSourceKinds)[number];
export const needSourceKindLabels: Record<NeedSourceKind, string> = {
  resident: '居民反映',
  gridVisit: '网格走访',
  interview: '入户访谈',
  survey: '问卷调研',
  suggestion: '便民信箱',
  staff: '工作人员发现',
};
/** The sources staff enter by hand; surveys and suggestions raise needs from their own pages. */
export const staffSourceKinds = ['resident', 'gridVisit', 'interview', 'staff'] as const;

export const needEventKinds = [
  'raised',
  'accepted',
  'declined',
  'merged',
  'onAgenda',
  'decided',
  'actionAssigned',
  'actionDone',
  'resolved',
  'reopened',
] as const;
export type NeedEventKind = (typeof needEventKinds)[number];
export const needEventKindLabels: Record<NeedEventKind, string> = {
  raised: '提出需求',
  accepted: '受理',
  declined: '不予受理',
  merged: '合并',
  onAgenda: '列入议程',
  decided: '形成方案',
  actionAssigned: '分派任务',
  actionDone: '任务完成',
  resolved: '办结',
  reopened: '重新打开',
};

export const needRefKinds = [
  'need',
  'meeting',
  'agendaItem',
  'actionItem',
  'suggestion',
  'surveyResponse',
  'visit',
] as const;
export type NeedRefKind = (typeof needRefKinds)[number];

// ---- Input ----

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const optionalId = (message: string) => z.uuid(message).nullable().optional();

const needFields = {
  title: z.string().trim().min(2, '请填写需求标题（至少2个字）').max(100, '标题不超过100字'),
  description: z.string().trim().max(2000, '描述不超过2000字').default(''),
  category: z.enum(needCategories, '请选择需求类别'),
  targetGroup: z.enum(needTargetGroups, '请选择服务对象'),
  compoundId: optionalId('请选择小区'),
  gridId: optionalId('请选择网格'),
  priority: z.enum(needPriorities, '请选择优先级').default('normal'),
};

/** Staff raise a need by hand: from a resident, a grid visit, an interview, or what they saw themselves. */
export const needRaiseInput = z
  .object({
    ...needFields,
    /** The community; the caller's own when absent. */
    orgUnitId: z.uuid('请选择社区').optional(),
    source: z.object({
      kind: z.enum(staffSourceKinds, '请选择需求来源'),
      residentId: optionalId('请选择居民'),
      /** The grid visit (探访) the need came up in. */
      visitId: optionalId('请选择走访记录'),
      note: z.string().trim().max(500, '来源说明不超过500字').default(''),
      raisedOn: isoDate.optional(),
    }),
  })
  .superRefine((v, ctx) => {
    if (v.source.kind === 'resident' && !v.source.residentId)
      ctx.addIssue({ code: 'custom', path: ['source', 'residentId'], message: '请选择反映需求的居民' });
    if (v.source.kind === 'gridVisit' && !v.source.visitId)
      ctx.addIssue({ code: 'custom', path: ['source', 'visitId'], message: '请选择走访记录' });
  });
export type NeedRaiseInput = z.infer<typeof needRaiseInput>;

/** Editing a need that is still open: what it is, not where it came from nor where it stands. */
export const needUpdateInput = z.object(needFields);
export type NeedUpdateInput = z.infer<typeof needUpdateInput>;

export const needDeclineInput = z.object({
  reason: z.string().trim().min(2, '请填写不予受理的原因').max(500, '原因不超过500字'),
});
export const needResolveInput = z.object({
  resolution: z.string().trim().min(2, '请填写办理结果').max(2000, '办理结果不超过2000字'),
});
export const needReopenInput = z.object({
  reason: z.string().trim().min(2, '请填写重新打开的原因').max(500, '原因不超过500字'),
});
export const needMergeInput = z.object({ intoId: z.uuid('请选择要合并到的需求') });

export const needListQuery = z.object({
  status: z.enum(needStatuses).optional(),
  category: z.enum(needCategories).optional(),
  targetGroup: z.enum(needTargetGroups).optional(),
  priority: z.enum(needPriorities).optional(),
  sourceKind: z.enum(needSourceKinds).optional(),
  /** A community below a street or district caller. */
  orgUnitId: z.uuid('编号无效').optional(),
  compoundId: z.uuid('编号无效').optional(),
  gridId: z.uuid('编号无效').optional(),
  /** Part of the title. */
  q: z.string().trim().max(50).optional(),
  /** Raised on or after / on or before (Asia/Shanghai calendar days). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type NeedListQuery = z.infer<typeof needListQuery>;

// ---- Output ----

export const needSummary = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(needCategories),
  targetGroup: z.enum(needTargetGroups),
  priority: z.enum(needPriorities),
  status: z.enum(needStatuses),
  sourceKind: z.enum(needSourceKinds),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  compoundId: z.string().nullable(),
  compoundName: z.string().nullable(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  raisedAt: z.string(),
  resolvedAt: z.string().nullable(),
  /** Whole days from raised to resolved; null while not resolved. */
  daysToResolve: z.number().nullable(),
  sourceCount: z.number().int(),
});
export type NeedSummary = z.infer<typeof needSummary>;

export const needList = z.object({
  items: z.array(needSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts for the same filter, without paging. */
  byCategory: z.record(z.enum(needCategories), z.number().int()),
  byStatus: z.record(z.enum(needStatuses), z.number().int()),
  /** Median whole days from raised to resolved of the resolved needs in the filter; null when none. */
  medianDaysToResolve: z.number().nullable(),
});
export type NeedList = z.infer<typeof needList>;

export const needSourceView = z.object({
  id: z.string(),
  kind: z.enum(needSourceKinds),
  refId: z.string().nullable(),
  residentId: z.string().nullable(),
  residentName: z.string().nullable(),
  note: z.string(),
  raisedAt: z.string(),
});
export type NeedSourceView = z.infer<typeof needSourceView>;

export const needEventView = z.object({
  id: z.string(),
  kind: z.enum(needEventKinds),
  note: z.string(),
  refKind: z.enum(needRefKinds).nullable(),
  refId: z.string().nullable(),
  /** For a merge: the other need's title; for an agenda, the meeting's title is the note. */
  refTitle: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type NeedEventView = z.infer<typeof needEventView>;

export const needDetail = needSummary.extend({
  description: z.string(),
  declineReason: z.string().nullable(),
  resolution: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  mergedInto: z.object({ id: z.string(), title: z.string() }).nullable(),
  createdBy: z.string(),
  sources: z.array(needSourceView),
  events: z.array(needEventView),
});
export type NeedDetail = z.infer<typeof needDetail>;

/** Other open needs of the same community a duplicate can be merged into. */
export const needChoice = z.object({ id: z.string(), title: z.string(), status: z.enum(needStatuses) });
export const needChoices = z.array(needChoice);

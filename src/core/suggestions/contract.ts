import { z } from 'zod';
import { needCategories, needPriorities, needStatuses, needTargetGroups } from '../needs/contract';

// 便民信箱: residents' suggestions, posted on the phone, routed, replied and closed by staff.

export const suggestionStatuses = ['submitted', 'routed', 'replied', 'closed'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/** Whom staff hand a suggestion to (转办). */
export const routeTargets = ['ownersCommittee', 'propertyManager', 'gridWorker', 'staff'] as const;
export type RouteTarget = (typeof routeTargets)[number];

export const maxSuggestionPhotos = 3;

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

// ---- Input ----

/** The text fields of the phone's multipart form; photos travel as its files. */
export const suggestionPostFields = z.object({
  title: z.string().trim().min(2, '请填写标题（至少2个字）').max(60, '标题不超过60字'),
  body: z.string().trim().min(5, '请写明您的建议（至少5个字）').max(1000, '内容不超过1000字'),
  compoundId: z.uuid('请选择小区').nullable().default(null),
  anonymous: z.boolean().default(false),
});
export type SuggestionPostFields = z.infer<typeof suggestionPostFields>;

export const suggestionListQuery = z.object({
  status: z.enum(suggestionStatuses).optional(),
  compoundId: z.uuid('小区编号无效').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
  /** Only those still waiting for a first reply past the deadline. */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type SuggestionListQuery = z.infer<typeof suggestionListQuery>;

export const suggestionRouteInput = z.object({
  to: z.enum(routeTargets, '请选择转办对象'),
  name: z.string().trim().min(1, '请填写承办方名称').max(60, '名称不超过60字'),
});
export type SuggestionRouteInput = z.infer<typeof suggestionRouteInput>;

export const suggestionReplyInput = z.object({
  reply: z.string().trim().min(5, '请填写答复内容（至少5个字）').max(1000, '答复不超过1000字'),
  /** Show the reply to the community's residents (公开答复). */
  publish: z.boolean().default(false),
});
export type SuggestionReplyInput = z.infer<typeof suggestionReplyInput>;

export const suggestionNeedInput = z.object({
  title: z.string().trim().min(2, '请填写需求标题（至少2个字）').max(100, '标题不超过100字'),
  description: z.string().trim().max(2000, '描述不超过2000字').default(''),
  category: z.enum(needCategories, '请选择需求类别'),
  targetGroup: z.enum(needTargetGroups, '请选择服务对象'),
  priority: z.enum(needPriorities, '请选择优先级').default('normal'),
});
export type SuggestionNeedInput = z.infer<typeof suggestionNeedInput>;

// ---- Output ----

export const suggestionPhotoView = z.object({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  thumbUrl: z.string(),
  largeUrl: z.string(),
});
export type SuggestionPhotoView = z.infer<typeof suggestionPhotoView>;

/** The need a suggestion became, as far as the caller may see it: where it stands and how it ended. */
export const suggestionNeedView = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(needStatuses),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

/** One row of the staff list. */
export const suggestionSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(suggestionStatuses),
  anonymous: z.boolean(),
  authorName: z.string(),
  compoundName: z.string().nullable(),
  orgUnitName: z.string(),
  submittedAt: z.string(),
  repliedAt: z.string().nullable(),
  /** Submitted → first reply, in hours (one decimal); null while unanswered. */
  responseHours: z.number().nullable(),
  overdue: z.boolean(),
  published: z.boolean(),
  needId: z.string().nullable(),
  photoCount: z.number().int(),
});
export type SuggestionSummary = z.infer<typeof suggestionSummary>;

export const suggestionList = z.object({
  items: z.array(suggestionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** How many of the filtered suggestions are in each status (for the tabs), the status filter aside. */
  counts: z.record(z.enum(suggestionStatuses), z.number().int()),
});

/** What staff see of one suggestion: everything, the author always by name. */
export const suggestionDetail = suggestionSummary.extend({
  body: z.string(),
  compoundId: z.string().nullable(),
  residentId: z.string(),
  routedTo: z.enum(routeTargets).nullable(),
  routedToName: z.string().nullable(),
  routedAt: z.string().nullable(),
  reply: z.string().nullable(),
  repliedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  photos: z.array(suggestionPhotoView),
  need: suggestionNeedView.nullable(),
});
export type SuggestionDetail = z.infer<typeof suggestionDetail>;

/** The author's own suggestion on the phone. */
export const mySuggestion = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(suggestionStatuses),
  anonymous: z.boolean(),
  compoundName: z.string().nullable(),
  submittedAt: z.string(),
  routedTo: z.enum(routeTargets).nullable(),
  routedToName: z.string().nullable(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  published: z.boolean(),
  photos: z.array(suggestionPhotoView),
  need: suggestionNeedView.nullable(),
});
export type MySuggestion = z.infer<typeof mySuggestion>;

/** A published reply as every resident of the community sees it: the author anonymous or masked. */
export const publicReply = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  authorLabel: z.string(),
  compoundName: z.string().nullable(),
  submittedAt: z.string(),
  reply: z.string(),
  repliedAt: z.string(),
  mine: z.boolean(),
});
export type PublicReply = z.infer<typeof publicReply>;

export const suggestionPlaces = z.object({
  compounds: z.array(z.object({ id: z.string(), name: z.string() })),
});

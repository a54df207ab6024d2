import { z } from 'zod';
import { careDependencyLevels, targetGroupFlags } from '../residents/target-groups';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

/** A plan is 按时 until its due date is within `dueSoonDays`, then 即将到期, and 逾期 after it. */
export const visitPlanStatuses = ['onTime', 'dueSoon', 'overdue'] as const;
export type VisitPlanStatus = (typeof visitPlanStatuses)[number];
export const dueSoonDays = 7;

/** The registry's target-group keys (src/core/residents/target-groups.ts), as a plan may be made for each. */
export const visitTargetGroups = [
  ...targetGroupFlags,
  ...careDependencyLevels.map((level) => `careDependency:${level}` as const),
  'chronicIllness',
  'disability',
] as const;

const intervalDays = z
  .number('请填写探访周期')
  .int('探访周期须为整数天')
  .min(1, '探访周期至少为 1 天')
  .max(366, '探访周期最多为 366 天');

/** The service project (服务项目) the work is done under; null for none. */
const projectId = z.uuid('请选择所属项目').nullable();

export const visitPlanInput = z.object({
  residentId: z.uuid('请选择探访对象'),
  intervalDays,
  /** Replaces the plan's project; left out, a new plan has none and a changed one keeps its own. */
  projectId: projectId.optional(),
});

export const visitPlanBulkInput = z.object({
  targetGroup: z.enum(visitTargetGroups, '未知的人群类别'),
  intervalDays,
  gridId: z.uuid('网格编号无效').optional(),
  /** For the plans made now; existing plans keep theirs. */
  projectId: projectId.optional(),
});

export const visitPlanBulkResult = z.object({
  /** Active residents in scope in the group (and grid). */
  matched: z.number().int(),
  created: z.number().int(),
  /** Those that already had a plan, which is left as it was. */
  skipped: z.number().int(),
});

export const visitPlanListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  gridId: z.uuid('网格编号无效').optional(),
  status: z.enum(visitPlanStatuses).optional(),
});

export const visitPlanRow = z.object({
  residentId: z.string(),
  /** Masked for minors, as in every list of people. */
  name: z.string(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  intervalDays: z.number().int(),
  lastVisitedOn: z.string().nullable(),
  dueOn: z.string(),
  /** Days from today to the due date; negative once overdue. */
  daysUntilDue: z.number().int(),
  status: z.enum(visitPlanStatuses),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
});
export type VisitPlanRow = z.infer<typeof visitPlanRow>;

export const visitPlanTotals = z.object({
  onTime: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});

export const visitInput = z.object({
  residentId: z.uuid('请选择探访对象'),
  visitedOn: isoDate,
  findings: z.string().trim().min(2, '请填写探访情况').max(5000, '探访情况最多 5000 字'),
  followUpNeeded: z.boolean().default(false),
  /** Left out: the project of the resident's plan at this moment, while the caller may still name it. */
  projectId: projectId.optional(),
});

export const followUpInput = z.object({
  doneOn: isoDate,
  note: z.string().trim().max(500, '跟进说明最多 500 字').default(''),
});

export const visitFollowUpFilters = ['needed', 'pending', 'done'] as const;

export const visitListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  gridId: z.uuid('网格编号无效').optional(),
  /** needed: every visit that asked for follow-up; pending: not yet followed up; done: followed up. */
  followUp: z.enum(visitFollowUpFilters).optional(),
  visitor: z.string().trim().max(30).optional(),
});

export const visitRow = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  gridName: z.string().nullable(),
  visitedOn: z.string(),
  visitorName: z.string(),
  /** Null for roles that do not manage casework: the findings are sensitive. */
  findings: z.string().nullable(),
  followUpNeeded: z.boolean(),
  followUpDoneOn: z.string().nullable(),
  followUpDoneBy: z.string().nullable(),
  followUpNote: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
});
export type VisitRow = z.infer<typeof visitRow>;

/** One resident's visits and plan, for the resident's page. */
export const residentVisits = z.object({
  plan: visitPlanRow.nullable(),
  items: z.array(visitRow),
});

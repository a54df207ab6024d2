import { z } from 'zod';

/** 接案 → 预估 → 计划 → 介入 → 评估 → 结案 */
export const caseStages = [
  'intake',
  'assessment',
  'planning',
  'intervention',
  'evaluation',
  'closed',
] as const;
export type CaseStage = (typeof caseStages)[number];
export const caseStageLabels: Record<CaseStage, string> = {
  intake: '接案',
  assessment: '预估',
  planning: '计划',
  intervention: '介入',
  evaluation: '评估',
  closed: '结案',
};

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
export const caseGoal = z.object({
  text: z.string().trim().min(1).max(200),
  status: z.enum(['open', 'achieved', 'dropped']),
});

export const caseOpenInput = z.object({
  residentId: z.uuid('请选择服务对象'),
  openedOn: isoDate,
  supervisorUserId: z.string().min(1).max(64).nullable().default(null),
  summary: z.string().trim().min(2, '请填写接案情况').max(5000),
});

export const caseRecordInput = z.object({
  recordedOn: isoDate,
  content: z.string().trim().min(2, '请填写记录内容').max(10000),
  goals: z.array(caseGoal).max(30).optional(),
});

export const caseAdvanceInput = z.object({
  to: z.enum(caseStages),
  on: isoDate,
  closureReason: z.string().trim().max(500).optional(),
});

/** What anyone with case access in the unit may see: that a case exists. */
export const caseSummary = z.object({
  id: z.string(),
  stage: z.enum(caseStages),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  workerName: z.string(),
  /** Null unless the caller is the worker, the supervisor or community staff. */
  clientName: z.string().nullable(),
});

export const caseDetail = caseSummary.extend({
  residentId: z.string(),
  closureReason: z.string().nullable(),
  goals: z.array(caseGoal),
  records: z.array(
    z.object({
      id: z.string(),
      stage: z.enum(caseStages),
      recordedOn: z.string(),
      content: z.string(),
      createdBy: z.string(),
    }),
  ),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const visitPlanInput = z.object({
  residentId: z.uuid('请选择探访对象'),
  intervalDays: z.number().int().min(1).max(366),
});

export const visitInput = z.object({
  residentId: z.uuid('请选择探访对象'),
  visitedOn: isoDate,
  findings: z.string().trim().min(2, '请填写探访情况').max(5000),
  followUpNeeded: z.boolean().default(false),
});

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

export const caseGoalStatuses = ['open', 'achieved', 'dropped'] as const;
export type CaseGoalStatus = (typeof caseGoalStatuses)[number];
export const caseGoal = z.object({
  text: z.string().trim().min(1, '请填写目标').max(200, '目标不超过200字'),
  status: z.enum(caseGoalStatuses),
});
export type CaseGoal = z.infer<typeof caseGoal>;

export const caseOpenInput = z.object({
  residentId: z.uuid('请选择服务对象'),
  openedOn: isoDate,
  supervisorUserId: z.string().min(1).max(64).nullable().default(null),
  summary: z.string().trim().min(2, '请填写接案情况').max(5000),
  /** The service project (服务项目) the case is worked under; its figures then count the case. */
  projectId: z.uuid('请选择所属项目').nullable().optional(),
});

/** Moves a case to another project, or (null) out of any. */
export const caseProjectInput = z.object({
  projectId: z.uuid('请选择所属项目').nullable(),
});

/** A dated record; `goals`, when given, replaces the case's goals (a goal's status changes with a record). */
export const caseRecordInput = z.object({
  recordedOn: isoDate,
  content: z.string().trim().min(2, '请填写记录内容').max(10000),
  goals: z.array(caseGoal).max(30, '目标不超过30个').optional(),
});

export const caseAdvanceInput = z.object({
  to: z.enum(caseStages),
  on: isoDate,
  closureReason: z.string().trim().max(500).optional(),
});

export const caseListQuery = z.object({
  stage: z.enum(caseStages).optional(),
  /** Only cases the caller works on or supervises. */
  mine: z.stringbool().optional(),
  /** Part of the client's name; matches only cases the caller may see whole. */
  q: z.string().trim().max(50).optional(),
  projectId: z.uuid('编号无效').optional(),
  /** Only open cases awaiting a step: no record for some days (see the cases module's `awaitingStep`). */
  waiting: z.stringbool().optional(),
});

/** What anyone with case access in the unit may see: that a case exists, who works on it, where. */
export const caseSummary = z.object({
  id: z.string(),
  stage: z.enum(caseStages),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  workerName: z.string(),
  supervisorName: z.string().nullable(),
  orgUnitName: z.string(),
  lastRecordOn: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  /** True unless the caller is the worker, the supervisor or community staff; then who the client is stays hidden. */
  restricted: z.boolean(),
  residentId: z.string().nullable(),
  clientName: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

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

/** Someone who may supervise a case: a social worker or community staff member of the unit. */
export const caseSupervisor = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(['socialWorker', 'communityStaff']),
  orgUnitName: z.string(),
});
export type CaseSupervisor = z.infer<typeof caseSupervisor>;

export const caseSupervisorQuery = z.object({
  /** Narrows to people who can see this client's cases (their unit covers the client's). */
  residentId: z.uuid('编号无效').optional(),
});

/** A case on a resident's services timeline, listed only to those who may see the case whole. */
export const residentCaseEntry = z.object({
  caseId: z.string(),
  stage: z.enum(caseStages),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  workerName: z.string(),
});
export type ResidentCaseEntry = z.infer<typeof residentCaseEntry>;

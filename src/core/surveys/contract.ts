import { z } from 'zod';
import { needCategories, needPriorities, needTargetGroups } from '../needs/contract';

// ---- Questions (题目) ----

export const questionKinds = ['single', 'multiple', 'scale', 'text'] as const;

/**
 * One question of a questionnaire. Choice questions carry their options; a scale runs 1..scaleMax
 * (e.g. 1–5 满意度). Ids are short strings the builder assigns, stable once the survey has answers.
 */
export const surveyQuestion = z.object({
  id: z.string().trim().min(1).max(40),
  kind: z.enum(questionKinds),
  title: z.string().trim().min(1, '请填写题目').max(200),
  options: z.array(z.string().trim().min(1, '选项不能为空').max(100)).max(30).default([]),
  scaleMax: z.number().int().min(2).max(10).optional(),
  required: z.boolean().default(true),
});
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

/** An answer per question id: an option index, option indexes, a scale point, or text. */
export const surveyAnswerValue = z.union([
  z.number().int().min(0),
  z.array(z.number().int().min(0)).max(30),
  z.string().trim().max(1000),
]);
export const surveyAnswers = z.record(z.string(), surveyAnswerValue);
export type SurveyAnswers = z.infer<typeof surveyAnswers>;

// ---- Surveys (问卷) ----

export const surveyStatuses = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];
export const surveyChannels = ['phone', 'paper'] as const;
export type SurveyChannel = (typeof surveyChannels)[number];

/** A survey as staff build it; only a draft takes this (once published, the questions stay as answered). */
export const surveyInput = z.object({
  title: z.string().trim().min(1, '请填写问卷标题').max(100),
  intro: z.string().trim().max(2000).default(''),
  closesAt: z.iso.datetime({ offset: true, message: '截止时间格式无效' }).nullable().default(null),
  questions: z.array(surveyQuestion).max(60, '题目不能超过60道').default([]),
  /** The single-choice question whose answer says who answered (社区工作者 / 家长 / 儿童), if any. */
  respondentKindQuestionId: z.string().trim().min(1).max(40).nullable().default(null),
});
export type SurveyInput = z.infer<typeof surveyInput>;

export const surveyListQuery = z.object({
  status: z.enum(surveyStatuses).optional(),
  q: z.string().trim().max(50).optional(),
});

export const surveySummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(surveyStatuses),
  orgUnitName: z.string(),
  questionCount: z.number().int(),
  responseCount: z.number().int(),
  closesAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

export const surveyDetail = surveySummary.extend({
  intro: z.string(),
  questions: z.array(surveyQuestion),
  respondentKindQuestionId: z.string().nullable(),
  createdBy: z.string(),
  /** Published and not past its closing time: residents may answer, staff may enter paper answers. */
  open: z.boolean(),
});
export type SurveyDetail = z.infer<typeof surveyDetail>;

/** One filled questionnaire: the answers, by question id. */
export const surveyAnswerInput = z.object({ answers: surveyAnswers });
export type SurveyAnswerInput = z.infer<typeof surveyAnswerInput>;

export const surveyResponseView = z.object({
  id: z.string(),
  channel: z.enum(surveyChannels),
  submittedAt: z.string(),
  /** The respondent kind's label (家长 …) when the survey has a respondent-kind question. */
  kindLabel: z.string().nullable(),
  answers: surveyAnswers,
  /** Needs raised from this answer (their ids), in the caller's scope. */
  needIds: z.array(z.string()),
});
export type SurveyResponseView = z.infer<typeof surveyResponseView>;

// ---- Results (统计结果) ----

export const optionCount = z.object({ label: z.string(), count: z.number().int(), percent: z.number() });
export const questionResult = z.object({
  questionId: z.string(),
  kind: z.enum(questionKinds),
  title: z.string(),
  /** How many of the responses answered this question. */
  answered: z.number().int(),
  /** Choice questions: each option's count, and its share of those who answered. */
  options: z.array(optionCount),
  /** Scale questions: the mean (null when nobody answered) and how many chose each point. */
  mean: z.number().nullable(),
  distribution: z.array(z.object({ point: z.number().int(), count: z.number().int() })),
  /** Text questions: the answers given, with the response each came from. */
  texts: z.array(z.object({ responseId: z.string(), text: z.string() })),
});
export type QuestionResult = z.infer<typeof questionResult>;

export const kindResults = z.object({
  label: z.string(),
  responses: z.number().int(),
  questions: z.array(questionResult),
});
export type KindResults = z.infer<typeof kindResults>;

export const surveyResults = z.object({
  responses: z.number().int(),
  byChannel: z.object({ phone: z.number().int(), paper: z.number().int() }),
  questions: z.array(questionResult),
  /** Split by the respondent-kind question: each kind's own results, in the order of its options. */
  byKind: z.array(kindResults).nullable(),
  /** Responses (of the text answers listed) that have already raised a need, in the caller's scope. */
  raisedResponseIds: z.array(z.string()),
});
export type SurveyResults = z.infer<typeof surveyResults>;
/** The results as the pure rule computes them, before the needs are looked up. */
export type ComputedResults = Omit<SurveyResults, 'raisedResponseIds'>;

// ---- The phone page (居民填写) ----

export const mySurveySummary = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string(),
  questionCount: z.number().int(),
  closesAt: z.string().nullable(),
  answered: z.boolean(),
});
export type MySurveySummary = z.infer<typeof mySurveySummary>;

export const mySurveyDetail = mySurveySummary.extend({
  questions: z.array(surveyQuestion),
  /** Still taking answers (a closed survey's page says so instead of showing the form). */
  open: z.boolean(),
});
export type MySurveyDetail = z.infer<typeof mySurveyDetail>;

// ---- 转为需求 ----

/** What staff say of the need an answer raises (the source, the response, is added by the server). */
export const responseNeedInput = z.object({
  title: z.string().trim().min(2, '请填写需求标题（至少2个字）').max(100, '标题不超过100字'),
  description: z.string().trim().max(2000, '描述不超过2000字').default(''),
  category: z.enum(needCategories, '请选择需求类别'),
  targetGroup: z.enum(needTargetGroups, '请选择服务对象'),
  priority: z.enum(needPriorities, '请选择优先级').default('normal'),
});
export type ResponseNeedInput = z.infer<typeof responseNeedInput>;

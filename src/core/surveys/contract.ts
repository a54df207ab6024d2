import { z } from 'zod';

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

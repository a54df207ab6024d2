import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SurveyAnswers, SurveyQuestion } from '../../../core/surveys/contract';
import { createdAt, id, updatedAt } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { residents } from '../residents/schema';

/**
 * A questionnaire (问卷) a unit builds and publishes to its residents on the phone page, or fills
 * from paper. Its questions are a list kept with it (single, multiple, scale, text); once it has
 * answers they no longer change. One question may be marked the respondent kind (社区/家长/儿童), and
 * results split by it.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: id(),
    ...ownerColumns(),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    status: text('status', { enum: ['draft', 'published', 'closed'] }).notNull(),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull(),
    /** The question whose answer says who answered (社区工作者, 家长, 儿童 …), if any. */
    respondentKindQuestionId: text('respondent_kind_question_id'),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('surveys_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/**
 * One filled questionnaire: from a resident on the phone (once per resident) or entered by staff from
 * paper. Answers are keyed by question id. Paper answers name nobody.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    orgPath: text('org_path').notNull(),
    channel: text('channel', { enum: ['phone', 'paper'] }).notNull(),
    residentId: uuid('resident_id').references(() => residents.id),
    answers: jsonb('answers').$type<SurveyAnswers>().notNull(),
    enteredBy: text('entered_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId),
    uniqueIndex('survey_responses_resident_key')
      .on(t.surveyId, t.residentId)
      .where(sql`resident_id is not null`),
  ],
);

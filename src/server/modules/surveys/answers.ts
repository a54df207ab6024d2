import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type {
  MySurveyDetail,
  MySurveySummary,
  SurveyAnswers,
  SurveyResponseView,
} from '../../../core/surveys/contract';
import { answerProblems, keptAnswers, kindLabelOf } from '../../../core/surveys/rules';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { atOrAbovePath } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { type ResidentRef, residentOfUser } from '../residents/service';
import { responseNeedIds } from './response-needs';
import { surveyResponses, surveys } from './schema';
import { findSurvey, isOpen } from './service';

type SurveyRow = typeof surveys.$inferSelect;

/** The answers checked against the survey's questions: 400 naming each question that is wrong. */
function checkedAnswers(survey: SurveyRow, answers: SurveyAnswers): SurveyAnswers {
  const problems = answerProblems(survey.questions, answers);
  if (problems.length > 0) throw new AppError('surveys.invalid_answers', 400, problems);
  return keptAnswers(answers);
}

/**
 * Staff enter a paper questionnaire: it names nobody (a child's or anyone's paper form stays
 * anonymous), and counts like any answer. Only while the survey is open.
 */
export async function enterPaperResponse(
  ctx: ServiceContext,
  surveyId: string,
  answers: SurveyAnswers,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const survey = await findSurvey(tx, surveyId);
    if (!isOpen(survey, tx.clock.now())) throw new AppError('surveys.not_open', 409);
    const kept = checkedAnswers(survey, answers);
    const [row] = await tx.db
      .insert(surveyResponses)
      .values({
        surveyId,
        orgPath: survey.orgPath,
        channel: 'paper',
        residentId: null,
        answers: kept,
        enteredBy: tx.actor.name,
        submittedAt: tx.clock.now(),
      })
      .returning({ id: surveyResponses.id });
    await recordAudit(tx, {
      action: 'surveys.paper_response',
      entity: 'surveyResponse',
      entityId: row.id,
      orgUnit: { id: survey.orgUnitId, path: survey.orgPath },
    });
    return row;
  });
}

/** The responses of a survey in scope, newest first, with the needs each has raised. */
export async function listResponses(ctx: ServiceContext, surveyId: string, query: PageQuery) {
  const survey = await findSurvey(ctx, surveyId);
  const where = eq(surveyResponses.surveyId, surveyId);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(surveyResponses)
      .where(where)
      .orderBy(desc(surveyResponses.submittedAt), desc(surveyResponses.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(surveyResponses).where(where),
  ]);
  const needs = await responseNeedIds(
    ctx,
    rows.map((r) => r.id),
  );
  const items: SurveyResponseView[] = rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    submittedAt: r.submittedAt.toISOString(),
    kindLabel: kindLabelOf(survey.questions, survey.respondentKindQuestionId, r.answers),
    answers: r.answers,
    needIds: needs.get(r.id) ?? [],
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

// ---- The phone page: a resident's own surveys ----

/**
 * Surveys addressed to the resident: published (or since closed) by their community or a unit above
 * it. A draft is nobody's business but its builders'.
 */
const addressedTo = (me: ResidentRef) =>
  and(inArray(surveys.status, ['published', 'closed']), atOrAbovePath(surveys.orgPath, me.orgPath));

async function answeredBy(ctx: ServiceContext, me: ResidentRef, surveyIds: string[]): Promise<Set<string>> {
  if (surveyIds.length === 0) return new Set();
  const rows = await ctx.db
    .select({ surveyId: surveyResponses.surveyId })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.residentId, me.id), inArray(surveyResponses.surveyId, surveyIds)));
  return new Set(rows.map((r) => r.surveyId));
}

const mySummary = (row: SurveyRow, answered: boolean): MySurveySummary => ({
  id: row.id,
  title: row.title,
  intro: row.intro,
  questionCount: row.questions.length,
  closesAt: row.closesAt ? row.closesAt.toISOString() : null,
  answered,
});

/** The open surveys of my community, soonest closing first, each marked when I have answered it. */
export async function listMySurveys(ctx: ServiceContext): Promise<MySurveySummary[]> {
  const me = await residentOfUser(ctx);
  const now = ctx.clock.now();
  const rows = (
    await ctx.db
      .select()
      .from(surveys)
      .where(and(addressedTo(me), eq(surveys.status, 'published')))
      .orderBy(asc(surveys.closesAt), desc(surveys.publishedAt))
  ).filter((row) => isOpen(row, now));
  const answered = await answeredBy(
    ctx,
    me,
    rows.map((r) => r.id),
  );
  return rows.map((row) => mySummary(row, answered.has(row.id)));
}

async function mySurvey(ctx: ServiceContext, me: ResidentRef, id: string): Promise<SurveyRow> {
  const [row] = await ctx.db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), addressedTo(me)));
  if (!row) throw new AppError('surveys.not_found', 404);
  return row;
}

/** One survey addressed to me, with its questions to answer. */
export async function getMySurvey(ctx: ServiceContext, id: string): Promise<MySurveyDetail> {
  const me = await residentOfUser(ctx);
  const row = await mySurvey(ctx, me, id);
  const answered = await answeredBy(ctx, me, [id]);
  return {
    ...mySummary(row, answered.has(id)),
    questions: row.questions,
    open: isOpen(row, ctx.clock.now()),
  };
}

/** I answer a survey of my community, once. */
export async function answerMySurvey(
  ctx: ServiceContext,
  id: string,
  answers: SurveyAnswers,
): Promise<{ id: string }> {
  const me = await residentOfUser(ctx);
  return inTransaction(ctx, async (tx) => {
    const survey = await mySurvey(tx, me, id);
    if (!isOpen(survey, tx.clock.now())) throw new AppError('surveys.not_open', 409);
    if ((await answeredBy(tx, me, [id])).size > 0) throw new AppError('surveys.already_answered', 409);
    const kept = checkedAnswers(survey, answers);
    // The unique (survey, resident) index settles two submissions racing past the check above.
    const [row] = await tx.db
      .insert(surveyResponses)
      .values({
        surveyId: id,
        orgPath: survey.orgPath,
        channel: 'phone',
        residentId: me.id,
        answers: kept,
        enteredBy: tx.actor.name,
        submittedAt: tx.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: surveyResponses.id });
    if (!row) throw new AppError('surveys.already_answered', 409);
    await recordAudit(tx, {
      action: 'surveys.answer',
      entity: 'surveyResponse',
      entityId: row.id,
      orgUnit: { id: survey.orgUnitId, path: survey.orgPath },
    });
    return row;
  });
}

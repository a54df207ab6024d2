import { and, count, desc, eq, ilike, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  SurveyDetail,
  SurveyInput,
  SurveyStatus,
  SurveySummary,
  surveyListQuery,
} from '../../../core/surveys/contract';
import { definitionProblems } from '../../../core/surveys/rules';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import type { ErrorCode } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { orgUnitNameOf } from '../org-units/service';
import { surveyResponses, surveys } from './schema';

// A survey's life: draft (built and edited) → published (answered on the phone or from paper) → closed.
// Each change is one guarded UPDATE on the status read, so two people acting at once cannot both win.

type SurveyRow = typeof surveys.$inferSelect;

// Nested: the inner sql keeps `surveys.id` qualified, which drizzle prints bare in a one-table select.
const responseCountOf = sql<number>`(${sql`select count(*)::int from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id}`})`;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Published and not past its closing time. */
export function isOpen(row: Pick<SurveyRow, 'status' | 'closesAt'>, now: Date): boolean {
  return row.status === 'published' && (row.closesAt === null || row.closesAt > now);
}

function toSummary(row: SurveyRow, orgUnitName: string, responseCount: number): SurveySummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    orgUnitName,
    questionCount: row.questions.length,
    responseCount,
    closesAt: iso(row.closesAt),
    publishedAt: iso(row.publishedAt),
    closedAt: iso(row.closedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listSurveys(ctx: ServiceContext, query: z.infer<typeof surveyListQuery> & PageQuery) {
  const where = and(
    inScope(ctx.actor, surveys.orgPath),
    query.status ? eq(surveys.status, query.status) : undefined,
    query.q ? ilike(surveys.title, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ row: surveys, unitName: orgUnitNameOf(surveys.orgUnitId), responses: responseCountOf })
      .from(surveys)
      .where(where)
      .orderBy(desc(surveys.createdAt), desc(surveys.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(surveys).where(where),
  ]);
  return {
    items: rows.map((r) => toSummary(r.row, r.unitName, r.responses)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A survey the caller may see (in scope), or 404 as for one that does not exist. */
export async function findSurvey(ctx: ServiceContext, id: string): Promise<SurveyRow> {
  const [row] = await ctx.db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), inScope(ctx.actor, surveys.orgPath)));
  if (!row) throw new AppError('surveys.not_found', 404);
  return row;
}

export async function getSurvey(ctx: ServiceContext, id: string): Promise<SurveyDetail> {
  const [found] = await ctx.db
    .select({ row: surveys, unitName: orgUnitNameOf(surveys.orgUnitId), responses: responseCountOf })
    .from(surveys)
    .where(and(eq(surveys.id, id), inScope(ctx.actor, surveys.orgPath)));
  if (!found) throw new AppError('surveys.not_found', 404);
  const { row } = found;
  return {
    ...toSummary(row, found.unitName, found.responses),
    intro: row.intro,
    questions: row.questions,
    respondentKindQuestionId: row.respondentKindQuestionId,
    createdBy: row.createdBy,
    open: isOpen(row, ctx.clock.now()),
  };
}

function assertDefinition(input: SurveyInput) {
  const problems = definitionProblems(input);
  if (problems.length > 0) throw new AppError('surveys.invalid_definition', 400, problems);
}

const definitionOf = (input: SurveyInput) => ({
  title: input.title,
  intro: input.intro,
  closesAt: input.closesAt ? new Date(input.closesAt) : null,
  questions: input.questions,
  respondentKindQuestionId: input.respondentKindQuestionId,
});

/** A new draft, owned by the caller's unit. */
export async function createSurvey(ctx: ServiceContext, input: SurveyInput): Promise<SurveyDetail> {
  assertDefinition(input);
  const id = await inTransaction(ctx, async (tx) => {
    const { membership } = tx.actor;
    const [row] = await tx.db
      .insert(surveys)
      .values({
        orgUnitId: membership.orgUnitId,
        orgPath: membership.orgPath,
        status: 'draft',
        ...definitionOf(input),
        createdBy: tx.actor.name,
      })
      .returning({ id: surveys.id });
    await recordAudit(tx, { action: 'surveys.create', entity: 'survey', entityId: row.id });
    return row.id;
  });
  return getSurvey(ctx, id);
}

/**
 * Moves the survey from `from` (checked in scope, then guarded in the UPDATE) with `values`; a survey
 * in any other status is refused with `wrongStatus`.
 */
async function changeSurvey(
  tx: ServiceContext,
  id: string,
  from: SurveyStatus,
  wrongStatus: ErrorCode,
  values: Partial<typeof surveys.$inferInsert>,
  check?: (row: SurveyRow) => void,
): Promise<SurveyRow> {
  const row = await findSurvey(tx, id);
  if (row.status !== from) throw new AppError(wrongStatus, 409);
  check?.(row);
  const [changed] = await tx.db
    .update(surveys)
    .set({ ...values, updatedAt: tx.clock.now() })
    .where(and(eq(surveys.id, id), eq(surveys.status, from)))
    .returning();
  if (!changed) throw new AppError(wrongStatus, 409);
  return changed;
}

const auditOf = (row: SurveyRow) => ({
  entity: 'survey',
  entityId: row.id,
  orgUnit: { id: row.orgUnitId, path: row.orgPath },
});

/** Replaces a draft's title, intro, closing time and questions. */
export async function updateSurvey(
  ctx: ServiceContext,
  id: string,
  input: SurveyInput,
): Promise<SurveyDetail> {
  assertDefinition(input);
  await inTransaction(ctx, async (tx) => {
    const row = await changeSurvey(tx, id, 'draft', 'surveys.not_draft', definitionOf(input));
    await recordAudit(tx, { action: 'surveys.update', ...auditOf(row) });
  });
  return getSurvey(ctx, id);
}

/** Draft → published: residents of the unit see it on the phone from now. */
export async function publishSurvey(ctx: ServiceContext, id: string): Promise<SurveyDetail> {
  const now = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    const row = await changeSurvey(
      tx,
      id,
      'draft',
      'surveys.not_publishable',
      { status: 'published', publishedAt: now },
      (draft) => {
        if (draft.questions.length === 0) throw new AppError('surveys.no_questions', 409);
        if (draft.closesAt && draft.closesAt <= now) throw new AppError('surveys.closes_in_past', 409);
      },
    );
    await recordAudit(tx, { action: 'surveys.publish', ...auditOf(row) });
  });
  return getSurvey(ctx, id);
}

/** Published → closed: no more answers; the results stay. */
export async function closeSurvey(ctx: ServiceContext, id: string): Promise<SurveyDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await changeSurvey(tx, id, 'published', 'surveys.not_published', {
      status: 'closed',
      closedAt: tx.clock.now(),
    });
    await recordAudit(tx, { action: 'surveys.close', ...auditOf(row) });
  });
  return getSurvey(ctx, id);
}

/** A new draft of the caller's unit with the same questions (e.g. next year's round of a survey). */
export async function duplicateSurvey(ctx: ServiceContext, id: string): Promise<SurveyDetail> {
  const source = await findSurvey(ctx, id);
  return createSurvey(ctx, {
    title: `${source.title}（副本）`.slice(0, 100),
    intro: source.intro,
    closesAt: null,
    questions: source.questions,
    respondentKindQuestionId: source.respondentKindQuestionId,
  });
}

/** Deletes a draft (a draft has no answers; a published survey is closed instead). */
export async function deleteSurvey(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await findSurvey(tx, id);
    if (row.status !== 'draft') throw new AppError('surveys.not_draft', 409);
    const deleted = await tx.db
      .delete(surveys)
      .where(and(eq(surveys.id, id), eq(surveys.status, 'draft')))
      .returning({ id: surveys.id });
    if (deleted.length === 0) throw new AppError('surveys.not_draft', 409);
    await recordAudit(tx, { action: 'surveys.delete', ...auditOf(row), detail: { title: row.title } });
  });
}

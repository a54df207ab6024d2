import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type {
  ComputedResults,
  QuestionResult,
  SurveyAnswers,
  SurveyQuestion,
  SurveyResults,
} from '../../../core/surveys/contract';
import { kindLabelOf, surveyResultsOf } from '../../../core/surveys/rules';
import { addSafeRow } from '../../documents/cell-text';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { responseNeedIds } from './response-needs';
import { surveyResponses, type surveys } from './schema';
import { findSurvey } from './service';

type SurveyRow = typeof surveys.$inferSelect;

function responsesOf(ctx: ServiceContext, surveyId: string) {
  return ctx.db
    .select({
      id: surveyResponses.id,
      channel: surveyResponses.channel,
      answers: surveyResponses.answers,
      submittedAt: surveyResponses.submittedAt,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
}

/** The survey's results, whole and split by the respondent kind (computed by the shared rule). */
export async function getSurveyResults(ctx: ServiceContext, surveyId: string): Promise<SurveyResults> {
  const survey = await findSurvey(ctx, surveyId);
  const responses = await responsesOf(ctx, surveyId);
  const results = surveyResultsOf(survey.questions, survey.respondentKindQuestionId, responses);
  const withText = results.questions.flatMap((q) => q.texts.map((x) => x.responseId));
  const needs = await responseNeedIds(ctx, withText);
  return { ...results, raisedResponseIds: [...needs.keys()] };
}

const CHANNEL_LABELS = { phone: '手机填写', paper: '纸质录入' } as const;

/** One answer as a cell: the chosen options' labels, the scale point, or the text. */
function answerText(question: SurveyQuestion, value: SurveyAnswers[string] | undefined): string | number {
  if (value === undefined) return '';
  if (question.kind === 'scale') return Number(value);
  if (question.kind === 'text') return String(value);
  const picked = Array.isArray(value) ? value : [value as number];
  return picked.map((i) => question.options[i] ?? '').join('；');
}

/** 汇总: per question, a row per option (or scale point), the whole and each kind side by side. */
function addSummarySheet(workbook: ExcelJS.Workbook, survey: SurveyRow, results: ComputedResults) {
  const sheet = workbook.addWorksheet('汇总');
  const kinds = results.byKind ?? [];
  const header = ['题目', '选项 / 分值', '全部 人数', '全部 占比%'];
  for (const k of kinds) header.push(`${k.label} 人数`, `${k.label} 占比%`);
  addSafeRow(sheet, [survey.title]).font = { bold: true, size: 14 };
  addSafeRow(sheet, [
    `答卷 ${results.responses} 份（手机 ${results.byChannel.phone}，纸质 ${results.byChannel.paper}）` +
      (kinds.length ? `；${kinds.map((k) => `${k.label} ${k.responses} 份`).join('，')}` : ''),
  ]);
  sheet.addRow(header).font = { bold: true };
  const cellsOf = (q: QuestionResult | undefined, i: number) => {
    if (!q) return ['', ''];
    if (q.kind === 'scale') {
      const c = q.distribution[i]?.count ?? 0;
      return [c, q.answered ? Math.round((c / q.answered) * 1000) / 10 : 0];
    }
    return [q.options[i]?.count ?? 0, q.options[i]?.percent ?? 0];
  };
  results.questions.forEach((q, qi) => {
    const title = `${qi + 1}. ${q.title}`;
    const rows =
      q.kind === 'scale'
        ? q.distribution.map((d) => `${d.point} 分`)
        : q.kind === 'text'
          ? []
          : q.options.map((o) => o.label);
    rows.forEach((label, i) => {
      const cells: (string | number)[] = [i === 0 ? title : '', label, ...cellsOf(q, i)];
      for (const k of kinds) cells.push(...cellsOf(k.questions[qi], i));
      addSafeRow(sheet, cells);
    });
    if (q.kind === 'scale') {
      const cells: (string | number)[] = ['', '平均分', q.mean ?? '', ''];
      for (const k of kinds) cells.push(k.questions[qi]?.mean ?? '', '');
      addSafeRow(sheet, cells).font = { italic: true };
    }
    if (q.kind === 'text') {
      const cells: (string | number)[] = [title, '作答人数', q.answered, ''];
      for (const k of kinds) cells.push(k.questions[qi]?.answered ?? 0, '');
      addSafeRow(sheet, cells);
    }
  });
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 28;
  for (let c = 3; c <= header.length; c += 1) sheet.getColumn(c).width = 12;
}

/**
 * 问卷结果.xlsx: 答卷 (one row per response, one column per question) and 汇总 (counts split by the
 * respondent kind). Responses name nobody; the export is audited all the same.
 */
export async function exportSurveyResults(ctx: ServiceContext, surveyId: string): Promise<Buffer> {
  const { survey, responses } = await inTransaction(ctx, async (tx) => {
    const found = await findSurvey(tx, surveyId);
    const rows = await responsesOf(tx, surveyId);
    await recordAudit(tx, {
      action: 'surveys.export',
      entity: 'survey',
      entityId: surveyId,
      orgUnit: { id: found.orgUnitId, path: found.orgPath },
      detail: { responses: rows.length },
    });
    return { survey: found, responses: rows };
  });
  const results = surveyResultsOf(survey.questions, survey.respondentKindQuestionId, responses);
  const workbook = new ExcelJS.Workbook();
  const answers = workbook.addWorksheet('答卷');
  const withKind = survey.respondentKindQuestionId !== null;
  answers.addRow([
    '序号',
    '填写方式',
    '提交时间',
    ...(withKind ? ['受访者类型'] : []),
    ...survey.questions.map((q, i) => `${i + 1}. ${q.title}`),
  ]).font = { bold: true };
  responses.forEach((r, i) => {
    addSafeRow(answers, [
      i + 1,
      CHANNEL_LABELS[r.channel],
      r.submittedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
      ...(withKind ? [kindLabelOf(survey.questions, survey.respondentKindQuestionId, r.answers) ?? ''] : []),
      ...survey.questions.map((q) => answerText(q, r.answers[q.id])),
    ]);
  });
  answers.columns.forEach((column, i) => {
    column.width = i < 3 ? 12 : 24;
  });
  addSummarySheet(workbook, survey, results);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

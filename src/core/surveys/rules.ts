import type {
  ComputedResults,
  KindResults,
  QuestionResult,
  SurveyAnswers,
  SurveyInput,
  SurveyQuestion,
} from './contract';

// The rules of a questionnaire, shared by the server (which enforces them) and the builder and phone
// form (which check them before sending): what a well-formed survey is, what a valid answer is, and
// how answers add up to results.

export type Problem = { path: string; message: string };

/** The longest text answer kept (a paragraph; longer belongs in an interview). */
export const TEXT_ANSWER_MAX = 500;

const MIN_OPTIONS = 2;

/** 第3题「…」: how a question is named in a message, by its place and title. */
export function questionLabel(question: SurveyQuestion, index: number): string {
  return `第${index + 1}题「${question.title}」`;
}

/** What is wrong with a survey's definition (empty when it can be saved). */
export function definitionProblems(
  input: Pick<SurveyInput, 'questions' | 'respondentKindQuestionId'>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  input.questions.forEach((q, i) => {
    const path = `questions.${i}`;
    if (seen.has(q.id)) problems.push({ path: `${path}.id`, message: `${questionLabel(q, i)}的编号重复` });
    seen.add(q.id);
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < MIN_OPTIONS)
      problems.push({ path: `${path}.options`, message: `${questionLabel(q, i)}至少需要两个选项` });
    if (choice && new Set(q.options).size !== q.options.length)
      problems.push({ path: `${path}.options`, message: `${questionLabel(q, i)}有重复的选项` });
    if (q.kind === 'scale' && q.scaleMax === undefined)
      problems.push({ path: `${path}.scaleMax`, message: `${questionLabel(q, i)}须设置最高分` });
  });
  const kindId = input.respondentKindQuestionId;
  if (kindId !== null) {
    const kindQuestion = input.questions.find((q) => q.id === kindId);
    if (kindQuestion?.kind !== 'single')
      problems.push({ path: 'respondentKindQuestionId', message: '受访者类型须是本问卷的一道单选题' });
  }
  return problems;
}

const isBlank = (value: SurveyAnswers[string] | undefined) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const inOptions = (value: number, question: SurveyQuestion) =>
  Number.isInteger(value) && value >= 0 && value < question.options.length;

/** What is wrong with one answer to one question, or null. */
function answerProblem(question: SurveyQuestion, value: SurveyAnswers[string]): string | null {
  switch (question.kind) {
    case 'single':
      return typeof value === 'number' && inOptions(value, question) ? null : '请选择一个给出的选项';
    case 'multiple':
      return Array.isArray(value) &&
        value.every((v) => inOptions(v, question)) &&
        new Set(value).size === value.length
        ? null
        : '请在给出的选项中选择（不能重复）';
    case 'scale': {
      const max = question.scaleMax ?? 0;
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
        ? null
        : `请在1到${max}分之间选择`;
    }
    case 'text':
      if (typeof value !== 'string') return '请填写文字';
      return value.length > TEXT_ANSWER_MAX ? `不能超过${TEXT_ANSWER_MAX}字` : null;
  }
}

/**
 * What is wrong with a filled questionnaire, each problem naming its question: a required question
 * left blank, an answer of the wrong kind or out of range, or an answer to no question of the survey.
 */
export function answerProblems(questions: SurveyQuestion[], answers: SurveyAnswers): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ path: `answers.${id}`, message: '答案对应的题目不存在' });
  }
  questions.forEach((q, i) => {
    const value = answers[q.id];
    if (isBlank(value)) {
      if (q.required) problems.push({ path: `answers.${q.id}`, message: `${questionLabel(q, i)}为必答题` });
      return;
    }
    const problem = answerProblem(q, value);
    if (problem) problems.push({ path: `answers.${q.id}`, message: `${questionLabel(q, i)}：${problem}` });
  });
  return problems;
}

/** The answers as kept: blank optional answers dropped, so counts see only what was answered. */
export function keptAnswers(answers: SurveyAnswers): SurveyAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => !isBlank(v)));
}

export type ResponseForResults = { id: string; channel: 'phone' | 'paper'; answers: SurveyAnswers };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const percentOf = (count: number, of: number) => (of === 0 ? 0 : round((count / of) * 100, 1));

function questionResultOf(question: SurveyQuestion, responses: ResponseForResults[]): QuestionResult {
  const given = responses.flatMap((r) => {
    const value = r.answers[question.id];
    return isBlank(value) || value === undefined ? [] : [{ id: r.id, value }];
  });
  const counts = (values: number[], size: number) => {
    const out = Array.from({ length: size }, () => 0);
    for (const v of values) if (v >= 0 && v < size) out[v] += 1;
    return out;
  };
  const base = {
    questionId: question.id,
    kind: question.kind,
    title: question.title,
    answered: given.length,
  };
  const empty = { options: [], mean: null, distribution: [], texts: [] };
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      // A multiple-choice share is of the people who answered, so the shares may add up past 100%.
      const picked = given.flatMap(({ value }) => (Array.isArray(value) ? value : [value as number]));
      const tally = counts(picked, question.options.length);
      const options = question.options.map((label, i) => ({
        label,
        count: tally[i],
        percent: percentOf(tally[i], given.length),
      }));
      return { ...base, ...empty, options };
    }
    case 'scale': {
      const points = given.map(({ value }) => value as number);
      const tally = counts(
        points.map((p) => p - 1),
        question.scaleMax ?? 0,
      );
      const mean = points.length === 0 ? null : round(points.reduce((a, b) => a + b, 0) / points.length, 2);
      return { ...base, ...empty, mean, distribution: tally.map((count, i) => ({ point: i + 1, count })) };
    }
    case 'text':
      return {
        ...base,
        ...empty,
        texts: given.map(({ id, value }) => ({ responseId: id, text: String(value) })),
      };
  }
}

/** The label of the respondent kind a response gave, or null (no kind question, or not answered). */
export function kindLabelOf(
  questions: SurveyQuestion[],
  kindQuestionId: string | null,
  answers: SurveyAnswers,
): string | null {
  const question = questions.find((q) => q.id === kindQuestionId);
  const value = question ? answers[question.id] : undefined;
  return question && typeof value === 'number' ? (question.options[value] ?? null) : null;
}

/**
 * The results of a survey: per question the counts and shares (choices), the mean and distribution
 * (scale) or the answers (text); and, with a respondent-kind question, the same for each kind apart.
 * Responses that did not say their kind count in the whole but in no kind.
 */
export function surveyResultsOf(
  questions: SurveyQuestion[],
  kindQuestionId: string | null,
  responses: ResponseForResults[],
): ComputedResults {
  const resultsOf = (subset: ResponseForResults[]) => questions.map((q) => questionResultOf(q, subset));
  const kindQuestion = questions.find((q) => q.id === kindQuestionId && q.kind === 'single');
  const byKind: KindResults[] | null = kindQuestion
    ? kindQuestion.options.map((label, i) => {
        const subset = responses.filter((r) => r.answers[kindQuestion.id] === i);
        return { label, responses: subset.length, questions: resultsOf(subset) };
      })
    : null;
  return {
    responses: responses.length,
    byChannel: {
      phone: responses.filter((r) => r.channel === 'phone').length,
      paper: responses.filter((r) => r.channel === 'paper').length,
    },
    questions: resultsOf(responses),
    byKind,
  };
}

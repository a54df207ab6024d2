import { describe, expect, it } from 'vitest';
import { type SurveyQuestion, surveyQuestion } from './contract';
import {
  answerProblems,
  definitionProblems,
  keptAnswers,
  type ResponseForResults,
  surveyResultsOf,
  TEXT_ANSWER_MAX,
} from './rules';

const q = (raw: object): SurveyQuestion => surveyQuestion.parse(raw);
const questions = [
  q({ id: 'kind', kind: 'single', title: '您的身份', options: ['社区工作者', '家长', '儿童'] }),
  q({ id: 'want', kind: 'multiple', title: '希望的活动', options: ['安全教育', '体育', '阅读'] }),
  q({ id: 'score', kind: 'scale', title: '满意度', scaleMax: 5 }),
  q({ id: 'idea', kind: 'text', title: '建议', required: false }),
];

describe('definitionProblems', () => {
  it('accepts a well-formed survey', () => {
    expect(definitionProblems({ questions, respondentKindQuestionId: 'kind' })).toEqual([]);
  });

  it('names duplicate ids, choice questions without two options, scales without a maximum', () => {
    const bad = [
      q({ id: 'a', kind: 'single', title: '甲', options: ['只有一个'] }),
      q({ id: 'a', kind: 'scale', title: '乙' }),
      q({ id: 'c', kind: 'multiple', title: '丙', options: ['同', '同'] }),
    ];
    expect(definitionProblems({ questions: bad, respondentKindQuestionId: null })).toEqual([
      { path: 'questions.0.options', message: '第1题「甲」至少需要两个选项' },
      { path: 'questions.1.id', message: '第2题「乙」的编号重复' },
      { path: 'questions.1.scaleMax', message: '第2题「乙」须设置最高分' },
      { path: 'questions.2.options', message: '第3题「丙」有重复的选项' },
    ]);
  });

  it('wants the respondent-kind question to be a single-choice question of the survey', () => {
    const kindIsMultiple = definitionProblems({ questions, respondentKindQuestionId: 'want' });
    const kindMissing = definitionProblems({ questions, respondentKindQuestionId: 'nope' });
    for (const problems of [kindIsMultiple, kindMissing])
      expect(problems).toEqual([
        { path: 'respondentKindQuestionId', message: '受访者类型须是本问卷的一道单选题' },
      ]);
  });
});

describe('answerProblems', () => {
  const valid = { kind: 1, want: [0, 2], score: 5 };

  it('accepts valid answers, with an optional question left out', () => {
    expect(answerProblems(questions, valid)).toEqual([]);
    expect(answerProblems(questions, { ...valid, idea: '多办活动' })).toEqual([]);
  });

  it('names each required question left blank', () => {
    expect(answerProblems(questions, { want: [], score: 3 })).toEqual([
      { path: 'answers.kind', message: '第1题「您的身份」为必答题' },
      { path: 'answers.want', message: '第2题「希望的活动」为必答题' },
    ]);
  });

  it.each([
    [
      'an option out of range',
      { ...valid, kind: 3 },
      'answers.kind',
      '第1题「您的身份」：请选择一个给出的选项',
    ],
    [
      'a list for a single choice',
      { ...valid, kind: [1] },
      'answers.kind',
      '第1题「您的身份」：请选择一个给出的选项',
    ],
    [
      'a repeated option',
      { ...valid, want: [1, 1] },
      'answers.want',
      '第2题「希望的活动」：请在给出的选项中选择（不能重复）',
    ],
    [
      'a multiple option out of range',
      { ...valid, want: [0, 3] },
      'answers.want',
      '第2题「希望的活动」：请在给出的选项中选择（不能重复）',
    ],
    ['a scale of 0', { ...valid, score: 0 }, 'answers.score', '第3题「满意度」：请在1到5分之间选择'],
    [
      'a scale above the maximum',
      { ...valid, score: 6 },
      'answers.score',
      '第3题「满意度」：请在1到5分之间选择',
    ],
    [
      'text too long',
      { ...valid, idea: '长'.repeat(TEXT_ANSWER_MAX + 1) },
      'answers.idea',
      `第4题「建议」：不能超过${TEXT_ANSWER_MAX}字`,
    ],
    ['a number for text', { ...valid, idea: 3 }, 'answers.idea', '第4题「建议」：请填写文字'],
    ['an unknown question', { ...valid, other: 1 }, 'answers.other', '答案对应的题目不存在'],
  ])('refuses %s', (_, answers, path, message) => {
    expect(answerProblems(questions, answers)).toEqual([{ path, message }]);
  });

  it('drops blank optional answers when kept', () => {
    expect(keptAnswers({ ...valid, idea: '' })).toEqual(valid);
  });
});

describe('surveyResultsOf', () => {
  const responses: ResponseForResults[] = [
    { id: 'r1', channel: 'phone', answers: { kind: 1, want: [0, 1], score: 4, idea: '增加场地' } },
    { id: 'r2', channel: 'paper', answers: { kind: 1, want: [0], score: 5 } },
    { id: 'r3', channel: 'paper', answers: { kind: 2, want: [1, 2], score: 3, idea: '想踢球' } },
    { id: 'r4', channel: 'paper', answers: { want: [2], score: 2 } },
  ];
  const results = surveyResultsOf(questions, 'kind', responses);

  it('counts choices as shares of those who answered (multiple may pass 100%)', () => {
    expect(results.responses).toBe(4);
    expect(results.byChannel).toEqual({ phone: 1, paper: 3 });
    const [kind, want] = results.questions;
    expect(kind.answered).toBe(3);
    expect(kind.options).toEqual([
      { label: '社区工作者', count: 0, percent: 0 },
      { label: '家长', count: 2, percent: 66.7 },
      { label: '儿童', count: 1, percent: 33.3 },
    ]);
    expect(want.options.map((o) => [o.count, o.percent])).toEqual([
      [2, 50],
      [2, 50],
      [2, 50],
    ]);
  });

  it('gives a scale its mean and distribution, and lists the text answers with their response', () => {
    const [, , score, idea] = results.questions;
    expect(score.mean).toBe(3.5);
    expect(score.distribution).toEqual([
      { point: 1, count: 0 },
      { point: 2, count: 1 },
      { point: 3, count: 1 },
      { point: 4, count: 1 },
      { point: 5, count: 1 },
    ]);
    expect(idea.texts).toEqual([
      { responseId: 'r1', text: '增加场地' },
      { responseId: 'r3', text: '想踢球' },
    ]);
  });

  it('splits by the respondent kind, each kind with its own counts; the unsaid kind counts only in the whole', () => {
    expect(results.byKind?.map((k) => [k.label, k.responses])).toEqual([
      ['社区工作者', 0],
      ['家长', 2],
      ['儿童', 1],
    ]);
    const parents = results.byKind?.[1];
    expect(parents?.questions[2].mean).toBe(4.5);
    expect(parents?.questions[1].options.map((o) => o.percent)).toEqual([100, 50, 0]);
    expect(results.byKind?.[0].questions[2].mean).toBeNull();
  });

  it('has no split without a respondent-kind question', () => {
    expect(surveyResultsOf(questions, null, responses).byKind).toBeNull();
  });
});

import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditEntriesOf, fingerprint, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { surveyResponses, surveys } from './schema';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let jinshangStaff: Record<string, string>;
let streetAdmin: Record<string, string>;
let resident: Record<string, string>;
let volunteer: Record<string, string>;
let jinshangVolunteer: Record<string, string>;

const tables = ['surveys', 'survey_responses', 'needs', 'need_sources', 'audit_log'];

const questions = [
  { id: 'kind', kind: 'single', title: '您的身份', options: ['社区工作者', '家长', '儿童'] },
  { id: 'want', kind: 'multiple', title: '希望增加的活动', options: ['安全教育', '体育运动', '亲子阅读'] },
  { id: 'score', kind: 'scale', title: '满意度', scaleMax: 5 },
  { id: 'idea', kind: 'text', title: '您的建议', required: false },
];
const survey = (extra: object = {}) => ({
  title: '儿童友好社区需求调研',
  intro: '请如实填写',
  questions,
  respondentKindQuestionId: 'kind',
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext();
  [staff, sw, jinshangStaff, streetAdmin, resident, volunteer, jinshangVolunteer] = await Promise.all(
    [
      'yuanshan.staff',
      'yuanshan.sw',
      'jinshang.staff',
      'jiangtou.admin',
      'resident1',
      'volunteer1',
      'jinshang.volunteer',
    ].map((u) => ctx.signIn(u)),
  );
});
afterAll(() => ctx.close());

const post = (url: string, headers: Record<string, string>, payload?: object) =>
  ctx.request({ method: 'POST', url: `/api/v1${url}`, headers, payload });
const get = (url: string, headers: Record<string, string>) =>
  ctx.request({ method: 'GET', url: `/api/v1${url}`, headers });
const digest = () => fingerprint(ctx.database.db, tables);

/** A survey of 园山, created by its staff and, unless told otherwise, published. */
async function publishedSurvey(extra: object = {}): Promise<string> {
  const created = await post('/surveys', staff, survey(extra));
  expect(created.statusCode).toBe(201);
  const published = await post(`/surveys/${created.json().id}/publish`, staff);
  expect(published.statusCode).toBe(200);
  return created.json().id;
}

describe('building and the lifecycle', () => {
  it('creates a draft, edits it, publishes, closes; wrong order is refused with 409 in Chinese', async () => {
    const created = await post('/surveys', sw, survey({ questions: [], respondentKindQuestionId: null }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'draft',
      questionCount: 0,
      orgUnitName: '园山社区',
      open: false,
    });

    let before = await digest();
    const empty = await post(`/surveys/${id}/publish`, sw);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().title).toBe('问卷至少需要一道题目才能发布');
    const notPublished = await post(`/surveys/${id}/close`, sw);
    expect(notPublished.statusCode).toBe(409);
    expect(notPublished.json().title).toBe('只有已发布的问卷可以结束');
    expect(await digest()).toEqual(before);

    const edited = await ctx.request({
      method: 'PUT',
      url: `/api/v1/surveys/${id}`,
      headers: sw,
      payload: survey(),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().questionCount).toBe(4);

    const published = await post(`/surveys/${id}/publish`, sw);
    expect(published.json()).toMatchObject({ status: 'published', open: true });
    expect(published.json().publishedAt).not.toBeNull();

    before = await digest();
    const again = await post(`/surveys/${id}/publish`, sw);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('只有草稿状态的问卷可以发布');
    const editPublished = await ctx.request({
      method: 'PUT',
      url: `/api/v1/surveys/${id}`,
      headers: sw,
      payload: survey({ questions: questions.slice(0, 2) }),
    });
    expect(editPublished.statusCode).toBe(409);
    expect(editPublished.json().title).toContain('已发布的问卷题目不能再改');
    const deletePublished = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/surveys/${id}`,
      headers: sw,
    });
    expect(deletePublished.statusCode).toBe(409);
    expect(await digest()).toEqual(before);

    const closed = await post(`/surveys/${id}/close`, sw);
    expect(closed.json()).toMatchObject({ status: 'closed', open: false });
    const closeAgain = await post(`/surveys/${id}/close`, sw);
    expect(closeAgain.statusCode).toBe(409);

    const actions = (await auditEntriesOf(ctx.database.db, id)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['surveys.create', 'surveys.update', 'surveys.publish', 'surveys.close']),
    );
  });

  it('duplicates a survey as a new draft and deletes a draft', async () => {
    const id = await publishedSurvey();
    const copy = await post(`/surveys/${id}/duplicate`, staff);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      status: 'draft',
      title: '儿童友好社区需求调研（副本）',
      questionCount: 4,
      respondentKindQuestionId: 'kind',
      responseCount: 0,
    });
    const removed = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/surveys/${copy.json().id}`,
      headers: staff,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/surveys/${copy.json().id}`, staff)).statusCode).toBe(404);
  });

  it('refuses a badly built survey with 400 naming the question, writing nothing', async () => {
    const before = await digest();
    const kindNotSingle = await post('/surveys', staff, survey({ respondentKindQuestionId: 'want' }));
    expect(kindNotSingle.statusCode).toBe(400);
    expect(kindNotSingle.json().title).toBe('问卷题目设置有误，请检查标出的题目');
    expect(kindNotSingle.json().errors).toEqual([
      { path: 'respondentKindQuestionId', message: '受访者类型须是本问卷的一道单选题' },
    ]);
    const oneOption = await post(
      '/surveys',
      staff,
      survey({ questions: [{ id: 'kind', kind: 'single', title: '您的身份', options: ['家长'] }] }),
    );
    expect(oneOption.statusCode).toBe(400);
    expect(oneOption.json().errors[0].message).toBe('第1题「您的身份」至少需要两个选项');
    const noTitle = await post('/surveys', staff, survey({ title: ' ' }));
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().errors[0].message).toBe('请填写问卷标题');
    expect(await digest()).toEqual(before);
  });

  it('refuses a closing time in the past at publishing', async () => {
    const created = await post('/surveys', staff, survey({ closesAt: '2020-01-01T00:00:00+08:00' }));
    const before = await digest();
    const res = await post(`/surveys/${created.json().id}/publish`, staff);
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('截止时间已过，请修改截止时间后再发布');
    expect(await digest()).toEqual(before);
  });

  it('lets the street read but not build; residents neither', async () => {
    const id = await publishedSurvey();
    expect((await get(`/surveys/${id}`, streetAdmin)).statusCode).toBe(200);
    expect((await get('/surveys', streetAdmin)).json().items.map((s: { id: string }) => s.id)).toContain(id);
    const before = await digest();
    for (const headers of [streetAdmin, resident]) {
      const res = await post('/surveys', headers, survey());
      expect(res.statusCode).toBe(403);
      expect((await post(`/surveys/${id}/close`, headers)).statusCode).toBe(403);
    }
    expect((await get(`/surveys/${id}/results`, resident)).statusCode).toBe(403);
    expect((await get(`/surveys/${id}`, resident)).statusCode).toBe(403);
    expect(await digest()).toEqual(before);
  });

  it("answers 404 for another community's survey, on every staff route", async () => {
    const id = await publishedSurvey();
    const before = await digest();
    for (const url of [
      `/surveys/${id}`,
      `/surveys/${id}/results`,
      `/surveys/${id}/responses`,
      `/surveys/${id}/export`,
    ])
      expect((await get(url, jinshangStaff)).statusCode).toBe(404);
    for (const url of [`/surveys/${id}/close`, `/surveys/${id}/duplicate`]) {
      const res = await post(url, jinshangStaff);
      expect(res.statusCode).toBe(404);
      expect(res.json().title).toBe('问卷不存在');
    }
    expect(
      (await post(`/surveys/${id}/responses`, jinshangStaff, { answers: { kind: 0, want: [0], score: 3 } }))
        .statusCode,
    ).toBe(404);
    expect((await get('/surveys', jinshangStaff)).body).not.toContain(id);
    expect(await digest()).toEqual(before);
  });
});

describe('answers', () => {
  it('takes a paper answer (naming nobody) and validates answers against the questions', async () => {
    const id = await publishedSurvey();
    const paper = await post(`/surveys/${id}/responses`, staff, {
      answers: { kind: 2, want: [1], score: 4, idea: '' },
    });
    expect(paper.statusCode).toBe(201);
    const [row] = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, paper.json().id));
    expect(row).toMatchObject({
      channel: 'paper',
      residentId: null,
      answers: { kind: 2, want: [1], score: 4 },
    });

    const before = await digest();
    const cases: [object, string, string][] = [
      [{ want: [0], score: 3 }, 'answers.kind', '第1题「您的身份」为必答题'],
      [{ kind: 5, want: [0], score: 3 }, 'answers.kind', '第1题「您的身份」：请选择一个给出的选项'],
      [
        { kind: 0, want: [0, 7], score: 3 },
        'answers.want',
        '第2题「希望增加的活动」：请在给出的选项中选择（不能重复）',
      ],
      [{ kind: 0, want: [0], score: 9 }, 'answers.score', '第3题「满意度」：请在1到5分之间选择'],
      [
        { kind: 0, want: [0], score: 3, idea: '长'.repeat(501) },
        'answers.idea',
        '第4题「您的建议」：不能超过500字',
      ],
    ];
    for (const [answers, path, message] of cases) {
      const res = await post(`/surveys/${id}/responses`, staff, { answers });
      expect(res.statusCode).toBe(400);
      expect(res.json().title).toBe('答卷未通过校验，请检查标出的题目');
      expect(res.json().errors).toEqual([{ path, message }]);
    }
    expect(await digest()).toEqual(before);
  });

  it('lets a resident answer an open survey of their community once, on the phone', async () => {
    const id = await publishedSurvey();
    const list = await get('/me/surveys', resident);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.find((s: { id: string }) => s.id === id)).toMatchObject({
      answered: false,
      questionCount: 4,
    });
    const detail = await get(`/me/surveys/${id}`, resident);
    expect(detail.json().questions).toHaveLength(4);

    const bad = await post(`/me/surveys/${id}/responses`, resident, {
      answers: { kind: 1, want: [], score: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('第2题「希望增加的活动」为必答题');

    const first = await post(`/me/surveys/${id}/responses`, resident, {
      answers: { kind: 1, want: [0, 2], score: 5 },
    });
    expect(first.statusCode).toBe(201);
    const before = await digest();
    const second = await post(`/me/surveys/${id}/responses`, resident, {
      answers: { kind: 1, want: [0], score: 1 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().title).toBe('您已填写过该问卷');
    expect(await digest()).toEqual(before);
    const [row] = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, first.json().id));
    expect(row.channel).toBe('phone');
    expect(row.residentId).not.toBeNull();
    expect(
      (await get('/me/surveys', resident)).json().items.find((s: { id: string }) => s.id === id).answered,
    ).toBe(true);

    // A volunteer answers as the resident their account is linked to.
    expect(
      (await post(`/me/surveys/${id}/responses`, volunteer, { answers: { kind: 1, want: [1], score: 4 } }))
        .statusCode,
    ).toBe(201);
  });

  it('shows a resident only published, open surveys of their own community', async () => {
    const open = await publishedSurvey();
    const draft = (await post('/surveys', staff, survey({ title: '草稿问卷' }))).json().id;
    const closed = await publishedSurvey({ title: '已结束问卷' });
    await post(`/surveys/${closed}/close`, staff);
    const ids = (await get('/me/surveys', resident)).json().items.map((s: { id: string }) => s.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(closed);
    expect((await get(`/me/surveys/${draft}`, resident)).statusCode).toBe(404);

    const before = await digest();
    const answers = { kind: 1, want: [0], score: 3 };
    const toClosed = await post(`/me/surveys/${closed}/responses`, resident, { answers });
    expect(toClosed.statusCode).toBe(409);
    expect(toClosed.json().title).toBe('问卷未发布或已结束，不能填写');
    expect((await post(`/me/surveys/${draft}/responses`, resident, { answers })).statusCode).toBe(404);
    // 金尚's volunteer lives in another community: 园山's survey is not theirs.
    expect((await get('/me/surveys', jinshangVolunteer)).body).not.toContain(open);
    expect((await get(`/me/surveys/${open}`, jinshangVolunteer)).statusCode).toBe(404);
    expect((await post(`/me/surveys/${open}/responses`, jinshangVolunteer, { answers })).statusCode).toBe(
      404,
    );
    // Staff have no phone answering; paper answers to a closed survey are refused too.
    expect((await post(`/me/surveys/${open}/responses`, staff, { answers })).statusCode).toBe(403);
    expect((await post(`/surveys/${closed}/responses`, staff, { answers })).statusCode).toBe(409);
    expect(await digest()).toEqual(before);
  });
});

describe('results and export', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishedSurvey();
    const answers = [
      { kind: 1, want: [0, 1], score: 4, idea: '增加儿童游乐场地' },
      { kind: 1, want: [0], score: 5 },
      { kind: 2, want: [1, 2], score: 3, idea: '想踢足球' },
      { kind: 0, want: [2], score: 2 },
    ];
    for (const a of answers)
      expect((await post(`/surveys/${id}/responses`, staff, { answers: a })).statusCode).toBe(201);
  });

  it('counts choices, averages the scale, lists texts, and splits by the respondent kind', async () => {
    const res = await get(`/surveys/${id}/results`, streetAdmin);
    expect(res.statusCode).toBe(200);
    const results = res.json();
    expect(results.responses).toBe(4);
    expect(results.byChannel).toEqual({ phone: 0, paper: 4 });
    const [kind, want, score, idea] = results.questions;
    expect(kind.options.map((o: { count: number }) => o.count)).toEqual([1, 2, 1]);
    expect(want.options.map((o: { count: number; percent: number }) => [o.count, o.percent])).toEqual([
      [2, 50],
      [2, 50],
      [2, 50],
    ]);
    expect(score.mean).toBe(3.5);
    expect(idea.texts.map((t: { text: string }) => t.text)).toEqual(['增加儿童游乐场地', '想踢足球']);
    expect(results.byKind.map((k: { label: string; responses: number }) => [k.label, k.responses])).toEqual([
      ['社区工作者', 1],
      ['家长', 2],
      ['儿童', 1],
    ]);
    expect(results.byKind[1].questions[2].mean).toBe(4.5);
    expect(results.byKind[2].questions[1].options.map((o: { count: number }) => o.count)).toEqual([0, 1, 1]);
  });

  it('counts the responses on the survey and in the list', async () => {
    expect((await get(`/surveys/${id}`, staff)).json().responseCount).toBe(4);
    const listed = (await get('/surveys?pageSize=100', staff)).json().items;
    expect(listed.find((s: { id: string }) => s.id === id).responseCount).toBe(4);
  });

  it('lists responses with their respondent kind', async () => {
    const res = await get(`/surveys/${id}/responses?pageSize=10`, staff);
    expect(res.json().total).toBe(4);
    expect(
      res
        .json()
        .items.map((r: { kindLabel: string }) => r.kindLabel)
        .sort(),
    ).toEqual(['儿童', '家长', '家长', '社区工作者']);
  });

  it('exports the answers and the summary split by kind as .xlsx, on the record', async () => {
    const res = await get(`/surveys/${id}/export`, staff);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const answers = workbook.getWorksheet('答卷');
    expect(answers?.rowCount).toBe(5);
    expect(answers?.getRow(1).getCell(4).value).toBe('受访者类型');
    expect(answers?.getRow(1).getCell(5).value).toBe('1. 您的身份');
    const summary = workbook.getWorksheet('汇总');
    const header = summary?.getRow(3).values as string[];
    expect(header).toEqual(expect.arrayContaining(['全部 人数', '家长 人数', '儿童 占比%']));
    const audits = await auditEntriesOf(ctx.database.db, id);
    expect(audits.map((a) => a.action)).toContain('surveys.export');
  });
});

describe('the demo world', () => {
  it("holds 金尚's children survey with three respondent kinds, and 园山's open needs survey", async () => {
    const jinshang = await unitOf(ctx.database.db, '金尚社区');
    const [children] = await ctx.database.db
      .select()
      .from(surveys)
      .where(
        and(eq(surveys.orgUnitId, jinshang.id), eq(surveys.title, '金尚社区儿童友好型社区建设需求调研')),
      );
    expect(children.respondentKindQuestionId).toBe('kind');
    const results = (await get(`/surveys/${children.id}/results`, jinshangStaff)).json();
    expect(results.responses).toBeGreaterThanOrEqual(40);
    expect(results.byKind.map((k: { label: string }) => k.label)).toEqual(['社区工作者', '家长', '儿童']);
    for (const kind of results.byKind) expect(kind.responses).toBeGreaterThan(5);
    // Children's answers are on paper and name nobody.
    const [{ named }] = await ctx.database.db
      .select({ named: sql<number>`count(*)::int` })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.surveyId, children.id),
          sql`${surveyResponses.answers}->>'kind' = '2'`,
          sql`${surveyResponses.residentId} is not null`,
        ),
      );
    expect(named).toBe(0);
  });
});

describe('an answer raises a need', () => {
  it('turns a phone answer into a need of the community, the response and its resident as source', async () => {
    const id = await publishedSurvey();
    const answered = await post(`/me/surveys/${id}/responses`, resident, {
      answers: { kind: 1, want: [0], score: 2, idea: '小区里车太多，孩子玩耍不安全' },
    });
    const responseId = answered.json().id;
    const raised = await post(`/survey-responses/${responseId}/need`, sw, {
      title: '小区人车分流，保障儿童安全',
      category: 'safety',
      targetGroup: 'children',
    });
    expect(raised.statusCode).toBe(201);
    const need = await get(`/needs/${raised.json().id}`, sw);
    expect(need.statusCode).toBe(200);
    expect(need.json()).toMatchObject({
      title: '小区人车分流，保障儿童安全',
      status: 'new',
      category: 'safety',
    });
    const [source] = await queryRows<{ kind: string; ref_id: string; resident_id: string | null }>(
      ctx.database.db,
      sql`select kind, ref_id, resident_id from need_sources where need_id = ${raised.json().id}`,
    );
    const [response] = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, responseId));
    expect(source).toEqual({ kind: 'survey', ref_id: responseId, resident_id: response.residentId });
    const listed = await get(`/surveys/${id}/responses`, staff);
    expect(listed.json().items.find((r: { id: string }) => r.id === responseId).needIds).toEqual([
      raised.json().id,
    ]);
  });

  it('refuses bad input, a lower role and another community, writing nothing', async () => {
    const id = await publishedSurvey();
    const paper = await post(`/surveys/${id}/responses`, staff, {
      answers: { kind: 2, want: [1], score: 4 },
    });
    const url = `/survey-responses/${paper.json().id}/need`;
    const need = { title: '增设儿童活动场地', category: 'facilities', targetGroup: 'children' };
    const before = await digest();
    const noTitle = await post(url, sw, { ...need, title: '' });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().errors[0].message).toBe('请填写需求标题（至少2个字）');
    const badCategory = await post(url, sw, { ...need, category: 'nonsense' });
    expect(badCategory.statusCode).toBe(400);
    expect((await post(url, streetAdmin, need)).statusCode).toBe(403);
    expect((await post(url, resident, need)).statusCode).toBe(403);
    const other = await post(url, jinshangStaff, need);
    expect(other.statusCode).toBe(404);
    expect(other.json().title).toBe('答卷不存在');
    expect(await digest()).toEqual(before);
  });
});

describe('the demo needs survey', () => {
  it("has raised needs from some of 园山's answers", async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const [needsSurvey] = await ctx.database.db
      .select()
      .from(surveys)
      .where(and(eq(surveys.orgUnitId, yuanshan.id), eq(surveys.title, '园山社区居民需求调查')));
    const responses = (await get(`/surveys/${needsSurvey.id}/responses?pageSize=50`, staff)).json();
    expect(responses.total).toBe(30);
    const withNeeds = responses.items.filter((r: { needIds: string[] }) => r.needIds.length > 0);
    expect(withNeeds.length).toBe(4);
  });
});

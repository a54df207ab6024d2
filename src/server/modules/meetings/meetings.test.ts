import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorAt } from '../../testing/actor';
import { auditEntriesOf, fingerprint, unitOf } from '../../testing/fixtures';
import { photoForm } from '../../testing/multipart';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { meetingFigures, meetingFiguresByUnit } from './service';

const tables = [
  'meetings',
  'meeting_kinds',
  'meeting_rules',
  'meeting_participants',
  'agenda_items',
  'action_items',
  'action_item_photos',
  'need_events',
];

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let otherStaff: Record<string, string>;
let streetAdmin: Record<string, string>;
let reviewer: Record<string, string>;
let leader: Record<string, string>;
let otherVolunteer: Record<string, string>;
let leaderTeam: { id: string; name: string };

const DAY = 86_400_000;
const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
const today = () => shanghaiDay(new Date());
const dayFromNow = (days: number) => shanghaiDay(new Date(Date.now() + days * DAY));

const send = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.request({ method, url, headers, ...(payload ? { payload } : {}) });
const get = (url: string, headers: Record<string, string>) => send('GET', url, headers);
const post = (url: string, headers: Record<string, string>, payload: object = {}) =>
  send('POST', url, headers, payload);
const snapshot = () => fingerprint(ctx.database.db, tables);

/** A 书记下午茶 of 园山 starting `hoursFromNow` hours from now (negative: already begun). */
async function plan(hoursFromNow = -1, overrides: Record<string, unknown> = {}) {
  const res = await post('/api/v1/meetings', staff, {
    kind: 'secretaryTea',
    title: '书记下午茶：楼道安全',
    hostName: '李秀梅',
    startsAt: new Date(Date.now() + hoursFromNow * 3600_000).toISOString(),
    place: '党群服务中心议事厅',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** An accepted need of 园山, raised and accepted through the needs routes. */
async function acceptedNeed(title = '三号楼楼道灯不亮') {
  const raised = await post('/api/v1/needs', staff, {
    title,
    category: 'facilities',
    targetGroup: 'allResidents',
    source: { kind: 'staff', note: '巡查发现' },
  });
  expect(raised.statusCode, raised.body).toBe(201);
  const id = raised.json().id as string;
  expect((await post(`/api/v1/needs/${id}/accept`, staff)).statusCode).toBe(200);
  return id;
}

async function decidedItem(meetingId: string, payload: object = { title: '楼道堆物' }) {
  const item = await post(`/api/v1/meetings/${meetingId}/agenda-items`, staff, payload);
  expect(item.statusCode, item.body).toBe(201);
  const decided = await post(`/api/v1/agenda-items/${item.json().id}/decision`, staff, {
    discussion: '各方发言',
    decision: '由志愿队入户劝导清理',
  });
  expect(decided.statusCode, decided.body).toBe(204);
  return item.json().id as string;
}

const teamTask = (teamId: string, dueOn = dayFromNow(7)) => ({
  what: '入户劝导清理楼道',
  assigneeKind: 'volunteerTeam',
  volunteerTeamId: teamId,
  dueOn,
});

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  sw = await ctx.signIn('yuanshan.sw');
  otherStaff = await ctx.signIn('jinshang.staff');
  streetAdmin = await ctx.signIn('jiangtou.admin');
  reviewer = await ctx.signIn('reviewer1');
  leader = await ctx.signIn('volunteer1');
  otherVolunteer = await ctx.signIn('jinshang.volunteer');
  const mine = await get('/api/v1/me/action-items', leader);
  expect(mine.statusCode, mine.body).toBe(200);
  leaderTeam = mine.json().teams[0];
});

afterAll(async () => {
  await ctx.close();
});

describe('the demo world', () => {
  it('has 园山 monthly teas (the last planned), and volunteer1 leads a team with an open item', async () => {
    const teas = await get('/api/v1/meetings?kind=secretaryTea&pageSize=50', staff);
    expect(teas.json().total).toBe(12);
    const statuses = teas.json().items.map((m: { status: string }) => m.status);
    expect(statuses.filter((s: string) => s === 'held')).toHaveLength(11);
    expect(statuses.filter((s: string) => s === 'planned')).toHaveLength(1);
    expect(leaderTeam?.name).toBeTruthy();
    const mine = (await get('/api/v1/me/action-items', leader)).json();
    expect(mine.items.some((i: { status: string }) => i.status === 'open')).toBe(true);
    const overdue = await get('/api/v1/action-items?overdue=true', staff);
    expect(overdue.json().total).toBeGreaterThan(0);
  });
});

describe('roles and scope', () => {
  it('lets the street read, refuses reviewers and volunteers, and hides 园山 from 金尚', async () => {
    const id = await plan(48);
    expect((await get('/api/v1/meetings', streetAdmin)).statusCode).toBe(200);
    expect((await get(`/api/v1/meetings/${id}`, streetAdmin)).statusCode).toBe(200);
    expect((await get('/api/v1/meetings', reviewer)).statusCode).toBe(403);
    expect((await get('/api/v1/meetings', leader)).statusCode).toBe(403);
    const hidden = await get(`/api/v1/meetings/${id}`, otherStaff);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().title).toBe('会议不存在');
    const before = await snapshot();
    expect((await post(`/api/v1/meetings/${id}/cancel`, otherStaff, { reason: '越权取消' })).statusCode).toBe(
      404,
    );
    expect(
      (await post(`/api/v1/meetings/${id}/cancel`, streetAdmin, { reason: '街道取消' })).statusCode,
    ).toBe(403);
    expect((await post(`/api/v1/meetings/${id}/cancel`, leader, { reason: '志愿者取消' })).statusCode).toBe(
      403,
    );
    const planned = await post('/api/v1/meetings', streetAdmin, { kind: 'secretaryTea' });
    expect(planned.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const before = await snapshot();
    const res = await post('/api/v1/meetings', staff, {
      kind: 'secretaryTea',
      title: '',
      hostName: '李秀梅',
      startsAt: new Date().toISOString(),
      place: '议事厅',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('提交的内容有误，请检查标出的字段');
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ message: '请填写会议名称（至少2个字）' }),
    );
    const other = await post('/api/v1/meetings', staff, {
      kind: 'other',
      title: '楼栋议事',
      hostName: '李秀梅',
      startsAt: new Date().toISOString(),
      place: '议事厅',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors).toContainEqual(
      expect.objectContaining({ message: '自定义会议类型须选择本社区的类型' }),
    );
    const id = await plan(2);
    const after = await snapshot();
    const noTask = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { title: '' });
    expect(noTask.statusCode).toBe(400);
    expect(noTask.json().errors).toContainEqual(
      expect.objectContaining({ message: '请填写议题（至少2个字）或从需求清单选择' }),
    );
    expect(await snapshot()).toEqual(after);
    expect(after).not.toEqual(before);
  });
});

describe('a meeting from plan to minutes', () => {
  it('plans, edits, signs people in, takes a need onto the agenda, decides, assigns, and is held', async () => {
    const id = await plan(-1);
    const edited = await send('PUT', `/api/v1/meetings/${id}`, staff, {
      kind: 'secretaryTea',
      title: '书记下午茶：楼道与停车',
      hostName: '李秀梅',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '党群服务中心议事厅',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      title: '书记下午茶：楼道与停车',
      kindName: '书记下午茶',
      status: 'planned',
    });

    const staffList = (await get(`/api/v1/meetings/${id}/staff-candidates`, staff)).json().items;
    const added = await post(`/api/v1/meetings/${id}/participants`, staff, {
      items: [
        { kind: 'staff', userId: staffList[0].userId },
        { kind: 'partner', name: '园山物业服务中心', affiliation: '物业' },
        { kind: 'other', name: '王大伯', affiliation: '居民代表' },
      ],
    });
    expect(added.statusCode, added.body).toBe(204);
    const again = await post(`/api/v1/meetings/${id}/participants`, staff, {
      items: [{ kind: 'other', name: '王大伯' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('此人已在参会名单中');
    const detail = (await get(`/api/v1/meetings/${id}`, staff)).json();
    expect(detail.participants).toHaveLength(3);
    expect(detail.rules.body.length).toBeGreaterThan(10);
    const signed = await post(`/api/v1/meeting-participants/${detail.participants[1].id}/sign-in`, staff, {
      signedIn: true,
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().signedInAt).toBeTruthy();

    const needId = await acceptedNeed();
    const fromNeed = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { needId });
    expect(fromNeed.statusCode, fromNeed.body).toBe(201);
    expect((await get(`/api/v1/needs/${needId}`, staff)).json().status).toBe('onAgenda');
    const twice = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { needId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toBe('该需求已在本次会议议程中');
    const free = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { title: '停车难' });
    const itemId = fromNeed.json().id as string;

    const early = await post(`/api/v1/agenda-items/${itemId}/action-items`, staff, teamTask(leaderTeam.id));
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toBe('请先形成方案，再分派任务');
    const order = await send('PUT', `/api/v1/meetings/${id}/agenda-order`, staff, {
      ids: [free.json().id, itemId],
    });
    expect(order.statusCode).toBe(204);
    const decided = await post(`/api/v1/agenda-items/${itemId}/decision`, staff, {
      discussion: '物业与居民代表讨论了维修分工',
      decision: '物业三日内更换楼道灯，志愿队夜巡复查',
    });
    expect(decided.statusCode, decided.body).toBe(204);
    expect((await get(`/api/v1/needs/${needId}`, staff)).json().status).toBe('inProgress');
    const task = await post(`/api/v1/agenda-items/${itemId}/action-items`, staff, teamTask(leaderTeam.id));
    expect(task.statusCode, task.body).toBe(201);
    const need = (await get(`/api/v1/needs/${needId}`, staff)).json();
    expect(JSON.stringify(need)).toContain('actionAssigned');

    const after = (await get(`/api/v1/meetings/${id}`, staff)).json();
    expect(after.agenda.map((a: { title: string }) => a.title)).toEqual(['停车难', '三号楼楼道灯不亮']);
    expect(after.agenda[1].actionItems[0]).toMatchObject({ assigneeName: leaderTeam.name, status: 'open' });
    expect(after.signedInCount).toBe(1);

    const held = await post(`/api/v1/meetings/${id}/held`, sw, {
      minutes: '会议讨论了楼道灯和停车问题，形成两项方案。',
      recorderName: '陈思远',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().status).toBe('held');
    for (const [url, body] of [
      [`/api/v1/meetings/${id}/held`, { minutes: '再次标记为已召开的纪要', recorderName: '陈思远' }],
      [`/api/v1/meetings/${id}/cancel`, { reason: '已开过再取消' }],
    ] as const) {
      const wrong = await post(url, staff, body);
      expect(wrong.statusCode).toBe(409);
      expect(wrong.json().title).toBe('只有计划中的会议可以修改、取消或标记为已召开');
    }

    const file = await get(`/api/v1/meetings/${id}/minutes`, staff);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(file.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('园山社区书记下午茶会议纪要');
    expect(xml).toContain('物业三日内更换楼道灯，志愿队夜巡复查');
    expect(xml).toContain(leaderTeam.name);
    expect(await auditEntriesOf(ctx.database.db, id, 'meetings.minutes_export')).toHaveLength(1);
    expect((await get(`/api/v1/meetings/${id}/minutes`, otherStaff)).statusCode).toBe(404);
  });

  it('refuses a need that is not accepted, signing in and deciding before the day, and holding it early', async () => {
    const future = await plan(72);
    const raised = await post('/api/v1/needs', staff, {
      title: '新需求未受理',
      category: 'other',
      targetGroup: 'allResidents',
      source: { kind: 'staff' },
    });
    const before = await snapshot();
    const wrong = await post(`/api/v1/meetings/${future}/agenda-items`, staff, { needId: raised.json().id });
    expect(wrong.statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
    await post(`/api/v1/meetings/${future}/participants`, staff, {
      items: [{ kind: 'other', name: '李阿姨' }],
    });
    const [p] = (await get(`/api/v1/meetings/${future}`, staff)).json().participants;
    const early = await post(`/api/v1/meeting-participants/${p.id}/sign-in`, staff, { signedIn: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toBe('会议尚未召开，不能签到、形成方案或标记为已召开');
    const held = await post(`/api/v1/meetings/${future}/held`, staff, {
      minutes: '提前标记已召开的纪要',
      recorderName: '陈思远',
    });
    expect(held.statusCode).toBe(409);
  });

  it('cancels a planned meeting with a reason; a cancelled meeting takes no agenda', async () => {
    const id = await plan(24);
    const bad = await post(`/api/v1/meetings/${id}/cancel`, staff, { reason: '' });
    expect(bad.statusCode).toBe(400);
    const cancelled = await post(`/api/v1/meetings/${id}/cancel`, staff, { reason: '台风预警，改期召开' });
    expect(cancelled.statusCode).toBe(200);
    const detail = (await get(`/api/v1/meetings/${id}`, staff)).json();
    expect(detail).toMatchObject({ status: 'cancelled', cancelReason: '台风预警，改期召开', minutes: '' });
    const late = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { title: '取消后加议题' });
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toBe('会议已取消，不能再修改参会人员或议题');
    const edit = await send('PUT', `/api/v1/meetings/${id}`, staff, {
      kind: 'secretaryTea',
      title: '取消后修改',
      hostName: '李秀梅',
      startsAt: new Date().toISOString(),
      place: '议事厅',
    });
    expect(edit.statusCode).toBe(409);
  });
});

describe('action items', () => {
  it('goes open → done → open → cancelled, each wrong order 409, wrong role 403, another community 404', async () => {
    const id = await plan(-2);
    const itemId = await decidedItem(id);
    const created = await post(`/api/v1/agenda-items/${itemId}/action-items`, staff, {
      what: '更换楼道灯',
      assigneeKind: 'partner',
      partnerName: '园山物业服务中心',
      dueOn: dayFromNow(3),
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json().id as string;
    const before = await snapshot();
    expect((await post(`/api/v1/action-items/${task}/done`, leader, { note: '已完成' })).statusCode).toBe(
      403,
    );
    expect((await post(`/api/v1/action-items/${task}/done`, otherStaff, { note: '已完成' })).statusCode).toBe(
      404,
    );
    const reopenEarly = await post(`/api/v1/action-items/${task}/reopen`, staff, { reason: '还没完成' });
    expect(reopenEarly.statusCode).toBe(409);
    expect(reopenEarly.json().title).toBe(
      '任务状态已变化：只有进行中的任务可以完成或撤销，只有已完成的任务可以退回',
    );
    const noNote = await post(`/api/v1/action-items/${task}/done`, staff, { note: '' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toContainEqual(
      expect.objectContaining({ message: '请填写完成情况（至少2个字）' }),
    );
    expect(await snapshot()).toEqual(before);

    const done = await post(`/api/v1/action-items/${task}/done`, sw, { note: '灯已全部更换' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', evidenceNote: '灯已全部更换' });
    expect((await post(`/api/v1/action-items/${task}/done`, sw, { note: '再次完成' })).statusCode).toBe(409);
    const reopened = await post(`/api/v1/action-items/${task}/reopen`, staff, { reason: '三楼仍不亮' });
    expect(reopened.json()).toMatchObject({ status: 'open', evidenceNote: '退回：三楼仍不亮' });
    const cancelled = await post(`/api/v1/action-items/${task}/cancel`, staff, { reason: '已纳入改造工程' });
    expect(cancelled.json().status).toBe('cancelled');
    expect(
      (await post(`/api/v1/action-items/${task}/reopen`, staff, { reason: '恢复任务' })).statusCode,
    ).toBe(409);
    expect(await auditEntriesOf(ctx.database.db, task, 'actionItems.cancel')).toHaveLength(1);
  });

  it('refuses an assignee of another community and a due date before the meeting', async () => {
    const id = await plan(-1);
    const itemId = await decidedItem(id);
    const jinshangTeam = await post('/api/v1/volunteer-teams', otherStaff, { name: '金尚测试总队' });
    const before = await snapshot();
    const foreign = await post(
      `/api/v1/agenda-items/${itemId}/action-items`,
      staff,
      teamTask(jinshangTeam.json().id),
    );
    expect(foreign.statusCode).toBe(404);
    const early = await post(
      `/api/v1/agenda-items/${itemId}/action-items`,
      staff,
      teamTask(leaderTeam.id, dayFromNow(-5)),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().title).toBe('完成时限不能早于会议日期');
    expect(await snapshot()).toEqual(before);
  });

  it('lists overdue items by the clock, filtered by meeting and team', async () => {
    const id = await plan(-24 * 10);
    const itemId = await decidedItem(id);
    const late = await post(
      `/api/v1/agenda-items/${itemId}/action-items`,
      staff,
      teamTask(leaderTeam.id, dayFromNow(-2)),
    );
    const due = await post(
      `/api/v1/agenda-items/${itemId}/action-items`,
      staff,
      teamTask(leaderTeam.id, today()),
    );
    expect(late.statusCode, late.body).toBe(201);
    const list = await get(`/api/v1/action-items?overdue=true&meetingId=${id}`, staff);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([late.json().id]);
    expect(list.json().items[0].overdue).toBe(true);
    expect(list.json().counts).toMatchObject({ open: 2, overdue: 1 });
    const byTeam = await get(
      `/api/v1/action-items?volunteerTeamId=${leaderTeam.id}&meetingId=${id}&status=open`,
      sw,
    );
    expect(byTeam.json().total).toBe(2);
    const notLate = await get(`/api/v1/action-items?overdue=false&meetingId=${id}`, staff);
    expect(notLate.json().items.map((i: { id: string }) => i.id)).toEqual([due.json().id]);
    const paged = await get('/api/v1/action-items?pageSize=1&page=2', staff);
    expect(paged.json().items).toHaveLength(1);
    expect((await get(`/api/v1/action-items?meetingId=${id}`, otherStaff)).json().total).toBe(0);
  });

  it('lets the team leader mark their team item done on the phone, with a photo; nobody else', async () => {
    const id = await plan(-1);
    const needId = await acceptedNeed('小区东门积水');
    const item = await post(`/api/v1/meetings/${id}/agenda-items`, staff, { needId });
    await post(`/api/v1/agenda-items/${item.json().id}/decision`, staff, { decision: '志愿队疏通排水口' });
    const task = (
      await post(`/api/v1/agenda-items/${item.json().id}/action-items`, staff, teamTask(leaderTeam.id))
    ).json().id as string;
    const mine = (await get('/api/v1/me/action-items', leader)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(task);
    expect((await get('/api/v1/me/action-items', otherVolunteer)).json()).toEqual({ teams: [], items: [] });
    expect((await get('/api/v1/me/action-items', staff)).statusCode).toBe(403);

    const before = await snapshot();
    const stranger = await post(`/api/v1/me/action-items/${task}/done`, otherVolunteer, { note: '冒名完成' });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().title).toBe('任务不存在');
    expect(await snapshot()).toEqual(before);

    const form = await photoForm('file');
    const photo = await ctx.request({
      method: 'POST',
      url: `/api/v1/me/action-items/${task}/photos`,
      headers: { ...leader, ...form.headers },
      payload: form.payload,
    });
    expect(photo.statusCode, photo.body).toBe(204);
    const done = await post(`/api/v1/me/action-items/${task}/done`, leader, {
      note: '排水口已疏通，积水消除',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', evidenceNote: '排水口已疏通，积水消除' });
    expect(done.json().photos).toHaveLength(1);
    const thumb = await get(`/api/v1/action-item-photos/${done.json().photos[0].id}/thumb`, staff);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const need = JSON.stringify((await get(`/api/v1/needs/${needId}`, staff)).json());
    expect(need).toContain('actionDone');
    expect(
      (await post(`/api/v1/me/action-items/${task}/done`, leader, { note: '重复完成' })).statusCode,
    ).toBe(409);
  });
});

describe('kinds and rules of procedure', () => {
  it('adds, renames and removes an unused kind of the unit; a used one stays', async () => {
    const created = await post('/api/v1/meeting-kinds', staff, { name: '楼道长碰头会' });
    expect(created.statusCode, created.body).toBe(201);
    const kindId = created.json().id as string;
    const dup = await post('/api/v1/meeting-kinds', staff, { name: '楼道长碰头会' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().title).toBe('本社区已有同名会议类型');
    const foreign = await post('/api/v1/meetings', otherStaff, {
      kind: 'other',
      customKindId: kindId,
      title: '越权类型',
      hostName: '张建华',
      startsAt: new Date().toISOString(),
      place: '金尚议事厅',
    });
    expect(foreign.statusCode).toBe(404);
    const id = await plan(5, { kind: 'other', customKindId: kindId });
    expect((await get(`/api/v1/meetings/${id}`, staff)).json().kindName).toBe('楼道长碰头会');
    const used = await send('DELETE', `/api/v1/meeting-kinds/${kindId}`, staff);
    expect(used.statusCode).toBe(409);
    expect(used.json().title).toBe('该会议类型已有会议使用，不能删除，可以改名');
    const renamed = await send('PUT', `/api/v1/meeting-kinds/${kindId}`, staff, { name: '楼道长议事会' });
    expect(renamed.json()).toMatchObject({ name: '楼道长议事会', meetingCount: 1 });
    const spare = await post('/api/v1/meeting-kinds', staff, { name: '青年议事会' });
    expect((await send('DELETE', `/api/v1/meeting-kinds/${spare.json().id}`, otherStaff)).statusCode).toBe(
      404,
    );
    expect((await send('DELETE', `/api/v1/meeting-kinds/${spare.json().id}`, staff)).statusCode).toBe(204);
  });

  it('shows the default rules until the unit keeps its own', async () => {
    const first = await get('/api/v1/meeting-rules', otherStaff);
    expect(first.json()).toMatchObject({ isDefault: true });
    const short = await send('PUT', '/api/v1/meeting-rules', otherStaff, { body: '太短' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toContainEqual(expect.objectContaining({ message: '议事规则至少10个字' }));
    const put = await send('PUT', '/api/v1/meeting-rules', otherStaff, {
      body: '一、议题由居民提出，党委审定后上会。',
    });
    expect(put.json()).toMatchObject({ isDefault: false, body: '一、议题由居民提出，党委审定后上会。' });
    expect((await get('/api/v1/meeting-rules', staff)).json().body).not.toBe(put.json().body);
    expect(
      (await send('PUT', '/api/v1/meeting-rules', streetAdmin, { body: '街道改写议事规则文本内容' }))
        .statusCode,
    ).toBe(403);
  });
});

describe('today and the figures', () => {
  it('counts overdue items and today meetings for staff, open items for the team leader', async () => {
    const todo = (await get('/api/v1/home/todo', staff)).json().items;
    expect(todo.find((t: { key: string }) => t.key === 'meetings.todo.overdue')?.count).toBeGreaterThan(0);
    const mine = (await get('/api/v1/home/todo', leader)).json().items;
    expect(mine.find((t: { key: string }) => t.key === 'meetings.todo.myTasks')?.count).toBeGreaterThan(0);
  });

  it('gives the figures of 园山 and of the street by community', async () => {
    const yuanshan = await unitOf(ctx.database.db, '园山社区');
    const jiangtou = await unitOf(ctx.database.db, '江头街道');
    const actor = await actorAt(ctx.database.db, '江头街道', 'streetAdmin', {
      userId: 'figures',
      name: '统计',
    });
    const street = { ...ctx.app.services, actor };
    const f = { unitPath: jiangtou.path, from: dayFromNow(-400), to: dayFromNow(30) };
    const all = await meetingFigures(street, f);
    expect(all.heldByKind.secretaryTea).toBeGreaterThanOrEqual(11);
    expect(all.actionItemsDone).toBeGreaterThan(0);
    expect(all.actionItemsDoneOnTime).toBeLessThanOrEqual(all.actionItemsDone);
    const byUnit = await meetingFiguresByUnit(street, f, [yuanshan]);
    expect(byUnit.get(yuanshan.id)?.meetingsHeld).toBe(all.meetingsHeld);
  });
});

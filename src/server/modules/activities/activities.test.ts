import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letTimePass } from '../../testing/activity-time';
import { fingerprint, unitId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let sw: Record<string, string>;
let staff: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  staff = await ctx.signIn('yuanshan.staff');
});
afterAll(() => ctx.close());

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const activity = (over: object = {}) => ({
  title: '测试活动',
  brands: ['幸福驿站'],
  targetGroups: ['elderly'],
  place: '活动室',
  sessions: [{ startsAt: hours(30), endsAt: hours(32) }],
  capacity: 2,
  registrationOpensAt: hours(-24),
  registrationClosesAt: hours(24),
  cancellationDeadline: hours(12),
  ...over,
});

async function published(over: object = {}) {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: activity(over),
  });
  expect(created.statusCode).toBe(201);
  const res = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${created.json().id}/publish`,
    headers: sw,
  });
  expect(res.json().status).toBe('published');
  return res.json();
}

/** A published activity whose only session began half an hour ago (planned ahead, then time passed). */
async function underway(over: object = {}) {
  const a = await published(over);
  await letTimePass(ctx.database.db, a.id, 30.5);
  return a;
}

async function newResident(name: string, seq: number) {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/residents',
    headers: staff,
    payload: { name, idNumber: makeIdNumber('1950-01-01', seq), hukouType: 'hukou' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const registerAt = (activityId: string, residentId: string) =>
  ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${activityId}/registrations`,
    headers: sw,
    payload: { residentId },
  });

describe('activities', () => {
  it('refuses a bad plan field by field, writing nothing', async () => {
    const before = await fingerprint(ctx.database.db, ['activities', 'activity_sessions']);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers: sw,
      payload: activity({ title: '', capacity: 0, sessions: [{ startsAt: hours(2), endsAt: hours(1) }] }),
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'capacity', 'sessions.0.endsAt']));
    expect(await fingerprint(ctx.database.db, ['activities', 'activity_sessions'])).toEqual(before);
  });

  it('refuses a sign-up window or cancellation deadline after the first session begins, on create and edit', async () => {
    const before = await fingerprint(ctx.database.db, ['activities', 'activity_sessions']);
    const late = activity({
      kind: 'group',
      sessions: [
        { startsAt: hours(48), endsAt: hours(50) },
        { startsAt: hours(24), endsAt: hours(26) },
      ],
      registrationClosesAt: hours(25),
      cancellationDeadline: '2099-01-01T09:00:00+08:00',
    });
    const res = await ctx.request({ method: 'POST', url: '/api/v1/activities', headers: sw, payload: late });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'registrationClosesAt', message: '报名截止不能晚于第一次活动开始' },
        { path: 'cancellationDeadline', message: '取消截止不能晚于第一次活动开始' },
      ]),
    );
    expect(await fingerprint(ctx.database.db, ['activities', 'activity_sessions'])).toEqual(before);
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers: sw,
      payload: activity(),
    });
    const edit = await ctx.request({
      method: 'PUT',
      url: `/api/v1/activities/${created.json().id}`,
      headers: sw,
      payload: activity({ registrationClosesAt: hours(31) }),
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors).toEqual([
      { path: 'registrationClosesAt', message: '报名截止不能晚于第一次活动开始' },
    ]);
  });

  it('fills places, then a waitlist in order, and promotes the first when someone cancels', async () => {
    const a = await published();
    const people = [];
    for (const [i, name] of ['甲', '乙', '丙', '丁'].entries())
      people.push(await newResident(`报名${name}`, 301 + i * 2));
    const outcomes = [];
    for (const id of people) outcomes.push((await registerAt(a.id, id)).json());
    expect(outcomes.map((o) => o.status)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
    expect(outcomes.map((o) => o.waitlistPosition)).toEqual([null, null, 1, 2]);
    const again = await registerAt(a.id, people[0]);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('已报名或已在候补名单中，请勿重复报名');
    const cancel = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/registrations/${outcomes[0].registrationId}`,
      headers: sw,
    });
    expect(cancel.statusCode).toBe(204);
    const list = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${a.id}/registrations`, headers: sw })
    ).json().items;
    const byResident = new Map(
      list.map((r: { residentId: string; status: string; waitlistRank: number | null }) => [r.residentId, r]),
    );
    expect(byResident.get(people[2])).toMatchObject({ status: 'registered', waitlistRank: null });
    expect(byResident.get(people[3])).toMatchObject({ status: 'waitlisted', waitlistRank: 1 });
    const view = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${a.id}`, headers: sw })
    ).json();
    expect([view.registeredCount, view.waitlistCount]).toEqual([2, 1]);
  });

  it("refuses registration outside the window, for a draft, and for another community's activity", async () => {
    const early = await published({ registrationOpensAt: hours(10), registrationClosesAt: hours(20) });
    const volunteer = await ctx.signIn('volunteer1');
    const self = await ctx.request({
      method: 'POST',
      url: `/api/v1/me/activities/${early.id}/registration`,
      headers: volunteer,
    });
    expect(self.json()).toMatchObject({ code: 'activities.registration_closed', title: '不在报名时间内' });
    const draft = (
      await ctx.request({ method: 'POST', url: '/api/v1/activities', headers: sw, payload: activity() })
    ).json();
    const resident = await newResident('草稿报名', 401);
    expect((await registerAt(draft.id, resident)).json().code).toBe('activities.not_published');
    const jinshang = await ctx.signIn('jinshang.sw');
    const foreign = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${early.id}/registrations`,
      headers: jinshang,
      payload: { residentId: resident },
    });
    expect(foreign.statusCode).toBe(404);
    // An unknown activity is reported before an unknown person, and neither writes anything.
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await registerAt(nobody, nobody)).json().code).toBe('activities.not_found');
    const unknownPerson = await registerAt(early.id, nobody);
    expect([unknownPerson.statusCode, unknownPerson.json().code]).toEqual([404, 'residents.not_found']);
  });

  it('lets a resident sign up and cancel on the phone, and tells everyone when an activity is cancelled', async () => {
    const a = await published({ capacity: 5 });
    const volunteer = await ctx.signIn('volunteer1');
    const open = (
      await ctx.request({ method: 'GET', url: '/api/v1/me/activities', headers: volunteer })
    ).json().items;
    expect(open.some((x: { id: string }) => x.id === a.id)).toBe(true);
    const joined = await ctx.request({
      method: 'POST',
      url: `/api/v1/me/activities/${a.id}/registration`,
      headers: volunteer,
    });
    expect(joined.json().status).toBe('registered');
    await ctx.request({ method: 'POST', url: `/api/v1/activities/${a.id}/cancel`, headers: sw });
    const messages = (
      await ctx.request({ method: 'GET', url: '/api/v1/me/notifications', headers: volunteer })
    ).json().items;
    expect(messages[0]).toMatchObject({ title: '活动已取消' });
    expect(messages[0].body).toContain('测试活动');
  });

  it('tells a waiting resident their current place, and keeps messages unread until they are marked', async () => {
    const a = await published({ capacity: 1 });
    const others = [];
    for (const seq of [701, 703, 705])
      others.push((await registerAt(a.id, await newResident(`候补${seq}`, seq))).json());
    const volunteer = await ctx.signIn('volunteer1');
    const joined = await ctx.request({
      method: 'POST',
      url: `/api/v1/me/activities/${a.id}/registration`,
      headers: volunteer,
    });
    expect(joined.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 3, waitlistRank: 3 });
    const mine = async () =>
      (await ctx.request({ method: 'GET', url: '/api/v1/me/activities', headers: volunteer }))
        .json()
        .items.find((x: { id: string }) => x.id === a.id).myRegistration;
    const cancel = (registrationId: string) =>
      ctx.request({ method: 'DELETE', url: `/api/v1/registrations/${registrationId}`, headers: sw });
    await cancel(others[1].registrationId);
    expect(await mine()).toMatchObject({ status: 'waitlisted', waitlistRank: 2 });
    const inbox = async (headers: Record<string, string>) =>
      (await ctx.request({ method: 'GET', url: '/api/v1/me/notifications', headers })).json();
    const unreadBefore = (await inbox(volunteer)).unread;
    await cancel(others[0].registrationId);
    await cancel(others[2].registrationId);
    expect(await mine()).toMatchObject({ status: 'registered', waitlistRank: null });
    const listed = await inbox(volunteer);
    expect(listed.items[0]).toMatchObject({ title: '候补成功', read: false });
    expect(listed.unread).toBe(unreadBefore + 1);
    expect((await inbox(volunteer)).unread).toBe(unreadBefore + 1);
    const markRead = (headers: Record<string, string>, payload: object) =>
      ctx.request({ method: 'POST', url: '/api/v1/me/notifications/read', headers, payload });
    const stranger = await ctx.signIn('jinshang.volunteer');
    expect((await markRead(stranger, { ids: [listed.items[0].id] })).statusCode).toBe(200);
    expect((await inbox(volunteer)).unread).toBe(unreadBefore + 1);
    const one = (await markRead(volunteer, { ids: [listed.items[0].id] })).json();
    expect(one.unread).toBe(unreadBefore);
    expect(one.items[0].read).toBe(true);
    expect((await markRead(volunteer, {})).json().unread).toBe(0);
    const bad = await markRead(volunteer, { ids: ['not-an-id'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('编号无效');
  });

  it('lets a volunteer with the priority flag sign up before the window opens, and no one else', async () => {
    const a = await published({ priorityOpensAt: hours(-1), registrationOpensAt: hours(2), capacity: 5 });
    expect(a.priorityOpensAt).not.toBeNull();
    const volunteer = await ctx.signIn('volunteer1');
    const signUp = () =>
      ctx.request({ method: 'POST', url: `/api/v1/me/activities/${a.id}/registration`, headers: volunteer });
    const [record] = (
      await ctx.request({ method: 'GET', url: '/api/v1/volunteers?q=周美玲', headers: sw })
    ).json().items;
    const setPriority = (priority: boolean) =>
      ctx.request({
        method: 'PATCH',
        url: `/api/v1/volunteers/${record.id}`,
        headers: sw,
        payload: { priority },
      });
    expect((await setPriority(false)).statusCode).toBe(200);
    const early = await signUp();
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('activities.registration_closed');
    expect((await setPriority(true)).statusCode).toBe(200);
    const listed = (await ctx.request({ method: 'GET', url: '/api/v1/me/activities', headers: volunteer }))
      .json()
      .items.find((x: { id: string }) => x.id === a.id);
    expect(listed.opensForMeAt).toBe(a.priorityOpensAt);
    const first = await signUp();
    expect(first.statusCode).toBe(201);
    expect(first.json().status).toBe('registered');
    const resident = await ctx.signIn('resident1');
    const other = await ctx.request({
      method: 'POST',
      url: `/api/v1/me/activities/${a.id}/registration`,
      headers: resident,
    });
    expect(other.json().code).toBe('activities.registration_closed');
    const theirs = (await ctx.request({ method: 'GET', url: '/api/v1/me/activities', headers: resident }))
      .json()
      .items.find((x: { id: string }) => x.id === a.id);
    expect(theirs.opensForMeAt).toBe(a.registrationOpensAt);
    const late = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers: sw,
      payload: activity({ priorityOpensAt: hours(-23) }),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors).toEqual([{ path: 'priorityOpensAt', message: '优先报名须早于报名开始' }]);
  });

  it('refuses a cancellation after the deadline', async () => {
    const a = await published({ cancellationDeadline: hours(-1) });
    const volunteer = await ctx.signIn('volunteer1');
    await ctx.request({
      method: 'POST',
      url: `/api/v1/me/activities/${a.id}/registration`,
      headers: volunteer,
    });
    const late = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/me/activities/${a.id}/registration`,
      headers: volunteer,
    });
    expect(late.json().code).toBe('activities.cancellation_closed');
  });
});

describe('check-in and person-times', () => {
  it('checks a resident in by the QR code once, counts walk-ins and guests, and the figures follow', async () => {
    const yuanshan = await unitId(ctx.database.db, '园山社区');
    const figuresUrl = `/api/v1/service-figures?orgUnitId=${yuanshan}&from=2020-01-01&to=2030-12-31`;
    const before = (await ctx.request({ method: 'GET', url: figuresUrl, headers: sw })).json();
    const a = await underway({ brands: ['书记下午茶'] });
    const session = a.sessions[0].id;
    const { code } = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/activities/${a.id}/sessions/${session}/check-in-code`,
        headers: sw,
      })
    ).json();
    const volunteer = await ctx.signIn('volunteer1');
    const first = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/check-in',
      headers: volunteer,
      payload: { code },
    });
    expect(first.json()).toMatchObject({ activityTitle: '测试活动', alreadyCheckedIn: false });
    const second = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/check-in',
      headers: volunteer,
      payload: { code },
    });
    expect(second.json().alreadyCheckedIn).toBe(true);
    const forged = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/check-in',
      headers: volunteer,
      payload: { code: `${code.slice(0, -2)}xx` },
    });
    expect(forged.json()).toMatchObject({ code: 'activities.invalid_check_in_code' });
    const walkIn = await newResident('现场居民', 501);
    const staffIn = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${a.id}/sessions/${session}/attendance`,
      headers: sw,
      payload: { residentIds: [walkIn], method: 'walkIn' },
    });
    expect(staffIn.json()).toEqual({ added: 1, alreadyPresent: 0 });
    await ctx.request({
      method: 'PUT',
      url: `/api/v1/activities/${a.id}/sessions/${session}/guests`,
      headers: sw,
      payload: { count: 3 },
    });
    const after = (await ctx.request({ method: 'GET', url: figuresUrl, headers: sw })).json();
    expect(after.personTimes - before.personTimes).toBe(5);
    expect(after.activitiesHeld - before.activitiesHeld).toBe(1);
    expect(after.distinctPeopleServed - before.distinctPeopleServed).toBe(2);
    expect(
      after.byBrand.find((b: { brand: string }) => b.brand === '书记下午茶').personTimes,
    ).toBeGreaterThanOrEqual(5);
    const timeline = await ctx.request({
      method: 'GET',
      url: `/api/v1/residents/${walkIn}/services`,
      headers: staff,
    });
    expect(timeline.json().items).toEqual([
      expect.objectContaining({ activityId: a.id, method: 'walkIn', seq: 1 }),
    ]);
  });

  it("counts a group once and each of its sessions, and the demo world's held activities", async () => {
    const figures = (
      await ctx.request({
        method: 'GET',
        url: '/api/v1/service-figures?from=2020-01-01&to=2030-12-31',
        headers: await ctx.signIn('jiangtou.admin'),
      })
    ).json();
    expect(figures.personTimes).toBeGreaterThanOrEqual(25 + 5 + 12);
    const a = await published({
      kind: 'group',
      sessions: [1, 2, 3].map((d) => ({ startsAt: hours(-24 * d - 2), endsAt: hours(-24 * d - 1) })),
      registrationOpensAt: hours(-100),
      registrationClosesAt: hours(-80),
      cancellationDeadline: hours(-80),
    });
    const yuanshan = await unitId(ctx.database.db, '园山社区');
    const res = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/service-figures?orgUnitId=${yuanshan}&from=2020-01-01&to=2030-12-31`,
        headers: sw,
      })
    ).json();
    expect(res.groups).toBeGreaterThanOrEqual(1);
    expect(res.groupSessions).toBeGreaterThanOrEqual(3);
    expect(a.sessions).toHaveLength(3);
  });
});

describe('paper sign-in sheet', () => {
  it('prints the registered names with blank lines for walk-ins, as xlsx and docx', async () => {
    const a = await published({ capacity: 3 });
    const person = await newResident('纸质签到', 601);
    await registerAt(a.id, person);
    const url = `/api/v1/activities/${a.id}/sessions/${a.sessions[0].id}/sign-in-sheet`;
    const xlsx = await ctx.request({ method: 'GET', url, headers: sw });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('测试活动 签到表');
    expect((sheet.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['1', '纸质签到', '已报名']);
    expect(sheet.actualRowCount).toBe(3 + 1 + 5);
    const docx = await ctx.request({ method: 'GET', url: `${url}?format=docx`, headers: sw });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('names on lists and sheets', () => {
  it('masks a minor for everyone and every name for admins without resident rights; sheets run no formula', async () => {
    const a = await published({ capacity: 5, title: '=HYPERLINK("http://evil.example")' });
    const adult = await newResident('成年报名', 611);
    const child = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: staff,
      payload: { name: '陈小禾', idNumber: makeIdNumber('2016-04-04', 613), hukouType: 'hukou' },
    });
    await registerAt(a.id, adult);
    await registerAt(a.id, child.json().id);
    const names = async (headers: Record<string, string>) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/activities/${a.id}/registrations`, headers }))
        .json()
        .items.map((r: { residentName: string }) => r.residentName);
    expect(await names(sw)).toEqual(['成年报名', '陈*禾']);
    expect(await names(await ctx.signIn('jiangtou.admin'))).toEqual(['成**名', '陈*禾']);

    const url = `/api/v1/activities/${a.id}/sessions/${a.sessions[0].id}/sign-in-sheet`;
    const xlsx = await ctx.request({ method: 'GET', url, headers: sw });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`'=HYPERLINK("http://evil.example") 签到表`);
    expect(sheet.getCell('A1').formula).toBeUndefined();
    expect([4, 5].map((n) => sheet.getRow(n).getCell(2).value)).toEqual(['成年报名', '陈*禾']);
  });
});

describe('staff check-in rules', () => {
  it('refuses attendance for a session that has not started, and masks minors in the attendance list', async () => {
    const future = await published({ sessions: [{ startsAt: hours(30), endsAt: hours(32) }] });
    const person = await newResident('未来签到', 801);
    const early = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${future.id}/sessions/${future.sessions[0].id}/attendance`,
      headers: sw,
      payload: { residentIds: [person] },
    });
    expect(early.json()).toMatchObject({
      code: 'activities.session_not_started',
      title: '该场次尚未开始，暂不能签到',
    });
    const now = await underway();
    const child = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: staff,
      payload: { name: '王小朋', idNumber: makeIdNumber('2015-05-05', 803), hukouType: 'hukou' },
    });
    const url = `/api/v1/activities/${now.id}/sessions/${now.sessions[0].id}/attendance`;
    await ctx.request({ method: 'POST', url, headers: sw, payload: { residentIds: [child.json().id] } });
    const list = (await ctx.request({ method: 'GET', url, headers: sw })).json().items;
    expect(list.map((r: { name: string }) => r.name)).toEqual(['王*朋']);
  });
});

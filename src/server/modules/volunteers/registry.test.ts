import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, fingerprint, unitOf, userId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let yuanshan: { id: string; path: string };

const tables = ['volunteers', 'memberships', 'audit_log'];
const thisYear = Number(new Date().toISOString().slice(0, 4));
let sequence = 100;
// A fresh sequence number each time: two people of one birth date never share an ID.
function idOf(birthDate: string): string {
  sequence += 2;
  return makeIdNumber(birthDate, sequence);
}

const standalone = (birthDate: string, extra: Record<string, unknown> = {}) => ({
  identity: { name: '独立志愿者', idType: 'residentId', idNumber: idOf(birthDate), mobile: '13912345678' },
  affiliation: 'business',
  affiliationName: '园山便利店',
  skills: ['理发'],
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  sw = await ctx.signIn('yuanshan.sw');
  yuanshan = await unitOf(ctx.database.db, '园山社区');
});
afterAll(() => ctx.close());

const post = (url: string, headers: Record<string, string>, payload?: object) =>
  ctx.request({ method: 'POST', url, headers, payload });
const get = (url: string, headers: Record<string, string>) => ctx.request({ method: 'GET', url, headers });

describe('adding volunteers', () => {
  it('adds a standalone volunteer, active, numbered per community, with masked ID and mobile', async () => {
    const first = await post('/api/v1/volunteers', staff, standalone('1985-03-04'));
    expect(first.statusCode).toBe(201);
    const body = first.json();
    const code = yuanshan.path.split('.').at(-1);
    expect(body).toMatchObject({
      status: 'active',
      source: 'staff',
      affiliation: 'business',
      affiliationName: '园山便利店',
      mobileMasked: '*******5678',
      approvedMinutes: 0,
      minor: false,
    });
    expect(body.volunteerNo).toMatch(new RegExp(`^${code}-\\d{6}$`));
    expect(body.idNumberMasked).toMatch(/^\*{14}[\dX]{4}$/);
    expect(JSON.stringify(body)).not.toContain('13912345678');
    const second = await post('/api/v1/volunteers', staff, standalone('1986-03-04'));
    const n = (no: string) => Number(no.split('-').at(-1));
    expect(n(second.json().volunteerNo)).toBe(n(body.volunteerNo) + 1);
  });

  it('takes name and identity of a registry resident', async () => {
    const created = await post('/api/v1/residents', staff, {
      name: '登记居民',
      idNumber: idOf('1968-08-08'),
      mobile: '13655556666',
      hukouType: 'hukou',
    });
    const resident = created.json();
    const res = await post('/api/v1/volunteers', staff, {
      residentId: resident.id,
      affiliation: 'partyMember',
      dualRegistered: true,
      role: 'backbone',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      residentId: resident.id,
      name: '登记居民',
      birthDate: '1968-08-08',
      mobileMasked: '*******6666',
      role: 'backbone',
      dualRegistered: true,
    });
    // The same person again, even typed in by hand with the same ID: a duplicate in the community.
    const again = await post('/api/v1/volunteers', staff, {
      residentId: resident.id,
      affiliation: 'resident',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('此人已是本社区的志愿者或已提交申请');
  });

  it('refuses a duplicate standalone person in the same community, writing nothing', async () => {
    const payload = standalone('1970-06-06');
    expect((await post('/api/v1/volunteers', staff, payload)).statusCode).toBe(201);
    const before = await fingerprint(ctx.database.db, tables);
    const dup = await post('/api/v1/volunteers', staff, payload);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('volunteers.duplicate_person');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('refuses under 14, asks 14–17 for a guardian, records the consent encrypted', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const child = await post('/api/v1/volunteers', staff, standalone(`${thisYear - 10}-01-01`));
    expect(child.statusCode).toBe(400);
    expect(child.json().title).toBe('未满14周岁不能单独注册为志愿者，请在监护人陪同下参加活动');
    const teen = standalone(`${thisYear - 16}-01-01`);
    const noConsent = await post('/api/v1/volunteers', staff, teen);
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().title).toBe('14至17周岁的志愿者须登记监护人同意（监护人姓名、手机号和关系）');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const consent = { guardianName: '王监护', guardianMobile: '13700001111', relation: '母亲' };
    const ok = await post('/api/v1/volunteers', staff, { ...teen, guardianConsent: consent });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().guardianConsentAt).not.toBeNull();
    expect(ok.json().name).toBe('独立志愿者');
    expect(JSON.stringify(await fingerprint(ctx.database.db, ['volunteers']))).not.toContain('王监护');
    // A minor's name is masked in the list; the detail view is audited.
    const list = await get(`/api/v1/volunteers?q=${ok.json().volunteerNo}`, staff);
    expect(list.json().items[0]).toMatchObject({ name: '独***者', minor: true });
    const views = async () =>
      (await auditEntriesOf(ctx.database.db, ok.json().id, 'volunteers.view_minor')).length;
    const seen = await views();
    await get(`/api/v1/volunteers/${ok.json().id}`, staff);
    expect(await views()).toBe(seen + 1);
    const revealed = await post(`/api/v1/volunteers/${ok.json().id}/reveal`, staff, { reason: '联系监护人' });
    expect(revealed.json().guardianConsent).toEqual(consent);
  });

  it('checks a standalone resident ID like the registry does', async () => {
    const bad = await post('/api/v1/volunteers', staff, {
      identity: { name: '错号', idType: 'residentId', idNumber: '350206198001010000' },
      affiliation: 'other',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('证件号码无效');
    const neither = await post('/api/v1/volunteers', staff, { affiliation: 'other' });
    expect(neither.statusCode).toBe(400);
    const passport = await post('/api/v1/volunteers', staff, {
      identity: { name: '护照', idType: 'passport', idNumber: 'E12345678' },
      affiliation: 'other',
    });
    expect(passport.json().title).toBe('非居民身份证须填写出生日期');
  });
});

describe('reading, revealing and editing', () => {
  it('reveals the whole ID and mobile only with volunteers.reveal, with a reason, audited', async () => {
    const payload = standalone('1979-09-09');
    const id = (await post('/api/v1/volunteers', staff, payload)).json().id;
    const noReason = await post(`/api/v1/volunteers/${id}/reveal`, staff, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const bySw = await post(`/api/v1/volunteers/${id}/reveal`, sw, { reason: '核对身份' });
    expect(bySw.statusCode).toBe(403);
    const res = await post(`/api/v1/volunteers/${id}/reveal`, staff, { reason: '核对身份' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ idNumber: payload.identity.idNumber, mobile: '13912345678' });
    const [entry] = await auditEntriesOf(ctx.database.db, id, 'volunteers.reveal');
    expect(entry.reason).toBe('核对身份');
  });

  it('lists with search and filters, edits the profile, and lets a volunteer leave and come back', async () => {
    const created = (
      await post('/api/v1/volunteers', staff, standalone('1975-05-05', { affiliation: 'propertyManager' }))
    ).json();
    const byNo = await get(`/api/v1/volunteers?q=${created.volunteerNo}`, sw);
    expect(byNo.json().items.map((v: { id: string }) => v.id)).toEqual([created.id]);
    const filtered = await get(
      '/api/v1/volunteers?affiliation=propertyManager&status=active&pageSize=200',
      sw,
    );
    expect(filtered.json().items.map((v: { id: string }) => v.id)).toContain(created.id);
    const edited = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/volunteers/${created.id}`,
      headers: sw,
      payload: { skills: ['电工', '维修'], availability: '周末', role: 'backbone', priority: true },
    });
    expect(edited.json()).toMatchObject({ skills: ['电工', '维修'], role: 'backbone', priority: true });
    const unchanged = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/volunteers/${created.id}`,
      headers: sw,
      payload: {},
    });
    expect(unchanged.json()).toMatchObject({ skills: ['电工', '维修'], role: 'backbone' });
    const noReason = await post(`/api/v1/volunteers/${created.id}/status`, sw, { status: 'left' });
    expect(noReason.statusCode).toBe(400);
    const left = await post(`/api/v1/volunteers/${created.id}/status`, sw, {
      status: 'left',
      reason: '搬离社区',
    });
    expect(left.json().status).toBe('left');
    const twice = await post(`/api/v1/volunteers/${created.id}/status`, sw, {
      status: 'left',
      reason: '搬离社区',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toBe('只有在册志愿者可以离队，只有已离队的志愿者可以恢复');
    const back = await post(`/api/v1/volunteers/${created.id}/status`, sw, {
      status: 'active',
      reason: '回到社区',
    });
    expect(back.json().status).toBe('active');
  });
});

describe('applications from the phone and screening', () => {
  it('a linked resident applies, is approved, and gets the volunteer role', async () => {
    const resident = await ctx.signIn('resident1');
    const before = await get('/api/v1/me/volunteer', resident);
    expect(before.statusCode).toBe(404);
    expect(before.json().title).toBe('您还不是志愿者，请先申请');
    const applied = await post('/api/v1/me/volunteer-application', resident, {
      affiliation: 'ownersCommittee',
      affiliationName: '园山小区业委会',
      skills: ['调解'],
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({ status: 'applied', name: '杨阿伯' });
    const again = await post('/api/v1/me/volunteer-application', resident, { affiliation: 'resident' });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('您已提交过志愿者申请或已是志愿者');
    const id = applied.json().id;
    expect((await post(`/api/v1/volunteers/${id}/approve`, resident)).statusCode).toBe(403);
    const approved = await post(`/api/v1/volunteers/${id}/approve`, sw);
    expect(approved.json()).toMatchObject({ status: 'active', hasAccount: true });
    const twice = await post(`/api/v1/volunteers/${id}/approve`, sw);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toBe('只能审核待审核的申请');
    const admin = await ctx.signIn('huli.admin');
    const user = await get(`/api/v1/users/${await userId(ctx.database.db, 'resident1')}`, admin);
    const roles = user
      .json()
      .memberships.map((m: { role: string; orgUnitId: string }) => [m.role, m.orgUnitId]);
    expect(roles).toContainEqual(['volunteer', yuanshan.id]);
    expect((await get('/api/v1/me/volunteer', resident)).json().status).toBe('active');
  });

  it('rejects only with a reason, which the applicant sees; they may apply again', async () => {
    const applicant = await ctx.signIn('yuanshan.staff');
    // Staff hold no volunteers.self: the phone route is not theirs.
    expect(
      (await post('/api/v1/me/volunteer-application', applicant, { affiliation: 'resident' })).statusCode,
    ).toBe(403);
    // jinshang.volunteer is an active volunteer of the demo world; here they start as a newcomer, so
    // their demo record is set aside (rejected, detached from the account) before they apply.
    await ctx.database.db.execute(
      sql`update volunteers set status = 'rejected', user_id = null
        where user_id = ${await userId(ctx.database.db, 'jinshang.volunteer')}`,
    );
    const jinshang = await ctx.signIn('jinshang.volunteer');
    const applied = await post('/api/v1/me/volunteer-application', jinshang, { affiliation: 'resident' });
    expect(applied.statusCode).toBe(201);
    const jsSw = await ctx.signIn('jinshang.sw');
    const before = await fingerprint(ctx.database.db, tables);
    const noReason = await post(`/api/v1/volunteers/${applied.json().id}/reject`, jsSw, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const rejected = await post(`/api/v1/volunteers/${applied.json().id}/reject`, jsSw, {
      reason: '请补充服务时间',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '请补充服务时间' });
    expect((await get('/api/v1/me/volunteer', jinshang)).json()).toMatchObject({
      status: 'rejected',
      rejectReason: '请补充服务时间',
    });
    const reapplied = await post('/api/v1/me/volunteer-application', jinshang, { affiliation: 'resident' });
    expect(reapplied.statusCode).toBe(201);
  });
});

describe('scope', () => {
  it('hides 园山 volunteers from 金尚 staff (404) and staff routes from residents (403)', async () => {
    const id = (await post('/api/v1/volunteers', staff, standalone('1966-06-16'))).json().id;
    const other = await ctx.signIn('jinshang.staff');
    const volunteer = await ctx.signIn('volunteer1');
    const before = await fingerprint(ctx.database.db, tables);
    expect((await get(`/api/v1/volunteers/${id}`, other)).statusCode).toBe(404);
    const edit = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/volunteers/${id}`,
      headers: other,
      payload: { priority: true },
    });
    expect(edit.statusCode).toBe(404);
    expect(edit.json().title).toBe('志愿者不存在');
    expect((await post(`/api/v1/volunteers/${id}/reveal`, other, { reason: '越权查看' })).statusCode).toBe(
      404,
    );
    expect((await get('/api/v1/volunteers?pageSize=200', other)).body).not.toContain(id);
    expect((await get('/api/v1/volunteers', volunteer)).statusCode).toBe(403);
    expect((await post('/api/v1/volunteers', volunteer, standalone('1966-07-16'))).statusCode).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    // The street sees its communities' volunteers.
    const street = await ctx.signIn('jiangtou.admin');
    expect((await get(`/api/v1/volunteers/${id}`, street)).statusCode).toBe(200);
  });
});

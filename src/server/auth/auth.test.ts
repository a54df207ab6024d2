import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../db/demo-data/accounts';
import { createTestContext, type TestContext, testOrigin } from '../testing/test-app';
import { lockoutThreshold } from './lockout';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const signInRaw = (payload: object, path = '/api/auth/sign-in/username') =>
  ctx.request({ method: 'POST', url: path, headers: { origin: testOrigin }, payload });

async function auditActions(headers: Record<string, string>, action: string) {
  const res = await ctx.request({
    method: 'GET',
    url: `/api/v1/audit?action=${action}&pageSize=200`,
    headers,
  });
  return res.json().items as { action: string; detail: { identifier?: string } }[];
}

describe('sign-in', () => {
  it('signs in by username and sets an httpOnly SameSite session cookie', async () => {
    const res = await signInRaw({ username: 'yuanshan.staff', password: demoPassword });
    expect(res.statusCode).toBe(200);
    const cookie = String([res.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('signs in by mobile number', async () => {
    const res = await signInRaw(
      { phoneNumber: '13800000004', password: demoPassword },
      '/api/auth/sign-in/phone-number',
    );
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password in Chinese and audits the failure', async () => {
    const res = await signInRaw({ username: 'jinshang.staff', password: 'Wrong@2025x' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.invalid_credentials', title: '用户名或密码错误' });
    const failures = await auditActions(await ctx.signIn('huli.admin'), 'auth.sign_in_failed');
    expect(failures.some((f) => f.detail.identifier === 'jinshang.staff')).toBe(true);
  });

  it('locks an account after five failures, even with the right password, and an admin reset unlocks it', async () => {
    for (let i = 1; i < lockoutThreshold; i++) {
      expect((await signInRaw({ username: 'lvcuo.staff', password: `Wrong@${i}xyz` })).statusCode).toBe(401);
    }
    const fifth = await signInRaw({ username: 'lvcuo.staff', password: 'Wrong@5xyz' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().code).toBe('auth.locked');
    const right = await signInRaw({ username: 'lvcuo.staff', password: demoPassword });
    expect(right.statusCode).toBe(429);
    const admin = await ctx.signIn('jiangtou.admin');
    const list = await ctx.request({ method: 'GET', url: '/api/v1/users?q=lvcuo', headers: admin });
    const user = list.json().items[0];
    expect(user.lockedUntil).not.toBeNull();
    const reset = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${user.id}/reset-password`,
      headers: admin,
      payload: { newPassword: 'Lvcuo@2026' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await signInRaw({ username: 'lvcuo.staff', password: 'Lvcuo@2026' })).statusCode).toBe(200);
  });

  it('locks the account, not the identifier: five wrong passwords by username also stop the mobile number', async () => {
    for (let i = 1; i <= lockoutThreshold; i++) {
      await signInRaw({ username: 'heshan.admin', password: `Wrong@${i}xyz` });
    }
    const byMobile = await signInRaw(
      { phoneNumber: '13800000003', password: demoPassword },
      '/api/auth/sign-in/phone-number',
    );
    expect(byMobile.statusCode).toBe(429);
    expect(byMobile.json().code).toBe('auth.locked');
    const byName = await signInRaw({ username: 'heshan.admin', password: demoPassword });
    expect(byName.statusCode).toBe(429);
  });

  it('tells a refusal for the origin apart from a disabled account', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      // better-auth checks the origin of a request that carries cookies, as a browser's would.
      headers: { origin: 'http://evil.example', cookie: 'theme=light' },
      payload: { username: 'yuanshan.sw', password: demoPassword },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('http.cross_site');
    const failures = await auditActions(await ctx.signIn('huli.admin'), 'auth.sign_in_failed');
    const entry = failures.find((f) => f.detail.identifier === 'yuanshan.sw') as
      | { detail: { reason?: string } }
      | undefined;
    expect(entry?.detail.reason).toBe('origin');
  });

  it('does not expose sign-up or better-auth admin endpoints', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: testOrigin },
      payload: { email: 'x@y.cn', password: 'Abcdef@123', name: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });

  it('ends the session on sign-out', async () => {
    const headers = await ctx.signIn('reviewer1');
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    const out = await ctx.request({ method: 'POST', url: '/api/auth/sign-out', headers, payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });

  it('refuses a banned user', async () => {
    const admin = await ctx.signIn('huli.admin');
    const list = await ctx.request({ method: 'GET', url: '/api/v1/users?q=resident1', headers: admin });
    const id = list.json().items[0].id;
    const victim = await ctx.signIn('resident1');
    const ban = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin,
      payload: { banned: true },
    });
    expect(ban.json().banned).toBe(true);
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers: victim })).statusCode).toBe(401);
    const res = await signInRaw({ username: 'resident1', password: demoPassword });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.banned');
  });
});

describe('own account', () => {
  it('changes the password under the policy, keeping this session and ending the others', async () => {
    const here = await ctx.signIn('volunteer1');
    const elsewhere = await ctx.signIn('volunteer1');
    const weak = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: here,
      payload: { currentPassword: demoPassword, newPassword: 'alllowercase' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('auth.password_too_weak');
    expect(weak.json().errors).toEqual([
      { path: 'newPassword', message: '密码需包含大写字母、小写字母、数字、符号中的至少三类' },
    ]);
    const same = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: here,
      payload: { currentPassword: demoPassword, newPassword: demoPassword },
    });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'auth.password_unchanged', title: '新密码不能与当前密码相同' });
    expect(same.json().errors[0].path).toBe('newPassword');
    const wrong = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: here,
      payload: { currentPassword: 'Nope@12345', newPassword: 'Volunteer@2026' },
    });
    expect(wrong.json().code).toBe('auth.wrong_current_password');
    const ok = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: here,
      payload: { currentPassword: demoPassword, newPassword: 'Volunteer@2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers: here })).statusCode).toBe(200);
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers: elsewhere })).statusCode).toBe(
      401,
    );
    expect((await signInRaw({ username: 'volunteer1', password: 'Volunteer@2026' })).statusCode).toBe(200);
  });

  it('signs out everywhere', async () => {
    const a = await ctx.signIn('yuanshan.sw');
    const b = await ctx.signIn('yuanshan.sw');
    expect(
      (await ctx.request({ method: 'POST', url: '/api/v1/me/sign-out-everywhere', headers: a })).statusCode,
    ).toBe(204);
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers: b })).statusCode).toBe(401);
  });

  it('switches membership by header and keeps the chosen locale', async () => {
    const headers = await ctx.signIn('jiangtou.admin');
    const me = (await ctx.request({ method: 'GET', url: '/api/v1/me', headers })).json();
    expect(me.memberships.map((m: { role: string }) => m.role)).toEqual(['streetAdmin', 'reviewer']);
    const reviewer = me.memberships[1].id;
    const asReviewer = await ctx.request({
      method: 'GET',
      url: '/api/v1/users',
      headers: { ...headers, 'x-membership-id': reviewer },
    });
    expect(asReviewer.statusCode).toBe(403);
    const bogus = await ctx.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...headers, 'x-membership-id': 'nope' },
    });
    expect(bogus.json().code).toBe('auth.membership_not_found');
    await ctx.request({ method: 'PUT', url: '/api/v1/me/locale', headers, payload: { locale: 'en' } });
    const english = await ctx.request({ method: 'GET', url: '/api/v1/nope', headers });
    expect(english.statusCode).toBe(404);
    const forbidden = await ctx.request({
      method: 'GET',
      url: '/api/v1/users',
      headers: { ...headers, 'x-membership-id': reviewer },
    });
    expect(forbidden.json().title).toBe('You are not allowed to do this');
  });
});

describe('a wrong current password', () => {
  it('counts towards the account lock and is audited', async () => {
    const headers = await ctx.signIn('jinshang.volunteer');
    const change = (currentPassword: string) =>
      ctx.request({
        method: 'POST',
        url: '/api/v1/me/password',
        headers,
        payload: { currentPassword, newPassword: 'Another@2026' },
      });
    for (let i = 1; i < lockoutThreshold; i++) {
      expect((await change(`Wrong@${i}xyz`)).json().code).toBe('auth.wrong_current_password');
    }
    const fifth = await change('Wrong@5xyz');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().code).toBe('auth.locked');
    // Even the right password now waits, and so does signing in again.
    expect((await change(demoPassword)).statusCode).toBe(429);
    expect((await signInRaw({ username: 'jinshang.volunteer', password: demoPassword })).statusCode).toBe(
      429,
    );
    const audited = await auditActions(await ctx.signIn('huli.admin'), 'users.change_own_password_failed');
    const mine = audited.filter((a) => (a as { actorName?: string }).actorName === '林晓燕');
    expect(mine.length).toBe(lockoutThreshold);
  });
});

describe('sign-in answer', () => {
  it('carries the session cookie but not the clear mobile number or e-mail', async () => {
    const res = await signInRaw({ username: 'heshan.staff', password: demoPassword });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeDefined();
    expect(res.body).not.toContain('13800000007');
    expect(res.body).not.toContain('@users.jinlin.invalid');
    expect(res.json()).toEqual({ user: { id: expect.any(String), name: '蔡明辉' } });
  });
});

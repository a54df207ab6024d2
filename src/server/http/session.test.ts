import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../auth/schema';
import { userId } from '../testing/fixtures';
import { createTestContext, type TestContext } from '../testing/test-app';
import { untilRefused } from '../testing/until-refused';

// Each signed-in request reads its session, user and memberships in one statement (http/auth.ts);
// better-auth still mints and renews the cookie. Whatever that read misses would let a dead session in.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const me = (headers: Record<string, string>) => ctx.request({ method: 'GET', url: '/api/v1/me', headers });
const tokenOf = (headers: Record<string, string>) =>
  decodeURIComponent(headers.cookie.split('=')[1]).split('.')[0];

describe('the session behind each request', () => {
  it('acts through the session’s memberships and renews nothing while the session is fresh', async () => {
    const headers = await ctx.signIn('yuanshan.sw');
    const res = await me(headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().memberships[0]).toMatchObject({ orgUnitName: '园山社区', role: 'socialWorker' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a cookie whose signature is not the server’s, and a token without its cookie', async () => {
    const headers = await ctx.signIn('yuanshan.sw');
    const token = tokenOf(headers);
    const forged = `${headers.cookie.split('=')[0]}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`;
    expect((await me({ ...headers, cookie: forged })).statusCode).toBe(401);
    expect((await me({ origin: headers.origin, authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await me(headers)).statusCode).toBe(200);
  });

  it('refuses at once a session signed out everywhere, expired, or of a banned user', async () => {
    const everywhere = await ctx.signIn('yuanshan.staff');
    const other = await ctx.signIn('yuanshan.staff');
    // Used a moment ago, so this server holds it in its session cache: the sign-out must reach that too.
    expect((await me(everywhere)).statusCode).toBe(200);
    const out = await ctx.request({ method: 'POST', url: '/api/v1/me/sign-out-everywhere', headers: other });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(everywhere)).statusCode).toBe(401);

    const expired = await ctx.signIn('jinshang.staff');
    await ctx.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.token, tokenOf(expired)));
    expect((await me(expired)).statusCode).toBe(401);

    const banned = await ctx.signIn('lvcuo.staff');
    const id = await userId(ctx.database.db, 'lvcuo.staff');
    await ctx.database.db.update(users).set({ banned: true }).where(eq(users.id, id));
    expect((await me(banned)).statusCode).toBe(401);
    await ctx.database.db.update(users).set({ banned: false }).where(eq(users.id, id));
    expect((await me(banned)).statusCode).toBe(200);
  });

  it('refuses at once a session used a moment ago whose user an admin then disabled', async () => {
    const admin = await ctx.signIn('huli.admin');
    const banned = await ctx.signIn('jinshang.sw');
    expect((await me(banned)).statusCode).toBe(200);
    const id = await userId(ctx.database.db, 'jinshang.sw');
    const ban = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin,
      payload: { banned: true },
    });
    expect(ban.statusCode).toBe(200);
    expect((await me(banned)).statusCode).toBe(401);
    await ctx.request({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin,
      payload: { banned: false },
    });
  });

  it('refuses a session ended behind this server’s back (another app server) within the cache’s lifetime', async () => {
    const headers = await ctx.signIn('heshan.staff');
    expect((await me(headers)).statusCode).toBe(200);
    await ctx.database.db.delete(sessions).where(eq(sessions.token, tokenOf(headers)));
    const refused = await untilRefused(() => me(headers));
    expect(refused.status).toBe(401);
    expect(refused.afterMs).toBeLessThan(ctx.app.config.sessionCacheMs + 1000);
  });

  it('renews an active session once its minute has passed, and sends the renewed cookie back', async () => {
    const headers = await ctx.signIn('heshan.staff');
    const token = tokenOf(headers);
    await ctx.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() + interval '25 minutes'` })
      .where(eq(sessions.token, token));
    const res = await me(headers);
    expect(res.statusCode).toBe(200);
    const cookie = [res.headers['set-cookie']].flat().find((c) => String(c).includes('session_token'));
    expect(cookie).toMatch(/Max-Age=1800/);
    const [row] = await ctx.database.db
      .select({ left: sql<number>`extract(epoch from ${sessions.expiresAt} - now())::int` })
      .from(sessions)
      .where(eq(sessions.token, token));
    expect(row.left).toBeGreaterThan(29 * 60);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../db/demo-data/accounts';
import { createTestContext, type TestContext, testOrigin } from '../testing/test-app';
import { rateLimits } from './rate-limits';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ JINLIN_RATE_LIMITS: 'on' });
});
afterAll(() => ctx.close());

function expectRefusedPolitely(res: Awaited<ReturnType<TestContext['request']>>) {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.json()).toMatchObject({ code: 'http.rate_limited', title: '请求过于频繁，请稍后再试' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('rate limits', () => {
  it('lets a whole event sign in from one address, and stops a flood of sign-ins from it', async () => {
    const signIn = (username: string, password: string, remoteAddress: string) =>
      ctx.request({
        method: 'POST',
        url: '/api/auth/sign-in/username',
        headers: { origin: testOrigin },
        remoteAddress,
        payload: { username, password },
      });
    // 30 sign-ins of real accounts within the minute all work (the demo accounts stand in for residents).
    // Every request here is sent at once: the limit counts each before its password is checked, so all
    // are counted within the same minute however slow the machine is at hashing.
    const accounts = ['resident1', 'volunteer1', 'jinshang.volunteer', 'yuanshan.staff', 'yuanshan.sw'];
    const event = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(accounts[i % accounts.length], demoPassword, '10.0.0.9')),
    );
    expect(event.map((r) => r.statusCode)).toEqual(event.map(() => 200));
    // A flood from another address, of unknown names without a password (refused as wrong credentials
    // without hashing anything, so the flood is quick to send): each name counted by itself, so the address limit is
    // what stops them — exactly one beyond the limit is refused.
    const flood = await Promise.all(
      Array.from({ length: rateLimits.signInPerAddressPerMinute + 1 }, (_, i) =>
        signIn(`nobody${i}`, '', '10.0.0.11'),
      ),
    );
    const refused = flood.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(1);
    expectRefusedPolitely(refused[0]);
    expect(flood.filter((r) => r.statusCode === 401)).toHaveLength(rateLimits.signInPerAddressPerMinute);
    // Another address is not affected.
    const elsewhere = await signIn('resident1', demoPassword, '10.0.0.10');
    expect(elsewhere.statusCode).toBe(200);
  }, 120_000);

  it('counts signed-in calls per user, not per address', async () => {
    const busy = await ctx.signIn('heshan.staff');
    const colleague = await ctx.signIn('heshan.admin');
    for (let i = 0; i < rateLimits.perUserPerMinute; i++) {
      const res = await ctx.request({ method: 'GET', url: '/api/v1/me', headers: busy });
      expect(res.statusCode).toBe(200);
    }
    expectRefusedPolitely(await ctx.request({ method: 'GET', url: '/api/v1/me', headers: busy }));
    // Same address (every injected request comes from 127.0.0.1), another user: still served.
    expect((await ctx.request({ method: 'GET', url: '/api/v1/me', headers: colleague })).statusCode).toBe(
      200,
    );
  });

  it('counts anonymous calls per address', async () => {
    const health = () => ctx.request({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.11' });
    for (let i = 0; i < rateLimits.anonymousPerAddressPerMinute; i++) {
      expect((await health()).statusCode).toBe(200);
    }
    expectRefusedPolitely(await health());
  });
});

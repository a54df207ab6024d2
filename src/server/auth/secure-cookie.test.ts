import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../db/demo-data/accounts';
import { createTestContext, type TestContext } from '../testing/test-app';

// Behind an https public address the session cookie must never travel over plain http.
const publicUrl = 'https://jinlin.huli.example.cn';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_URL: publicUrl });
});
afterAll(() => ctx.close());

it('marks the session cookie Secure (and __Secure-) behind an https PUBLIC_URL', async () => {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/auth/sign-in/username',
    headers: { origin: publicUrl },
    payload: { username: 'yuanshan.staff', password: demoPassword },
  });
  expect(res.statusCode).toBe(200);
  const session = [res.headers['set-cookie']]
    .flat()
    .map(String)
    .find((c) => c.includes('session_token'));
  expect(session).toMatch(/^__Secure-/);
  expect(session).toMatch(/; Secure/);
  expect(session).toMatch(/HttpOnly/);
});

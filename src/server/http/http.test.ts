import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-app';
import { registerAuthentication } from './auth';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('HTTP conventions', () => {
  it('answers health with the database kind', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('answers an unknown API route with a Chinese problem+json 404', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'http.route_not_found', title: '接口不存在', status: 404 });
  });

  it('answers in English when asked', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'en-US' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'http.unauthenticated', title: 'Please sign in first' });
  });

  it('refuses malformed JSON with 400', async () => {
    const headers = await ctx.signIn('huli.admin');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'http.invalid_json', title: '请求内容不是有效的 JSON' });
  });

  it('refuses a body over the limit with 413', async () => {
    const headers = await ctx.signIn('huli.admin');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('http.payload_too_large');
  });

  it('refuses an unsupported content type with 415', async () => {
    const headers = await ctx.signIn('huli.admin');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<name>x</name>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('http.unsupported_media_type');
  });

  it('lists every invalid field with a Chinese message', async () => {
    const headers = await ctx.signIn('huli.admin');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users',
      headers,
      payload: { username: 'a', name: '', password: 'x', orgUnitId: 'nope', role: 'king' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('http.validation');
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['name', 'orgUnitId', 'role', 'username']);
    expect(body.errors.find((e: { path: string }) => e.path === 'username').message).toBe(
      '用户名至少3个字符',
    );
  });

  it('serves the OpenAPI document', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/users');
  });

  it('refuses to register an API route that does not declare its permission', async () => {
    const bare = Fastify();
    bare.decorate('routeCatalog', []);
    registerAuthentication(bare, 'secret');
    expect(() => bare.get('/api/v1/forgotten', async () => 'open')).toThrow(/config\.permission/);
    expect(() =>
      bare.get('/api/v1/declared', { config: { permission: 'public' } }, async () => 'ok'),
    ).not.toThrow();
  });

  it('never sends a stack trace', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/org-units/not-a-uuid',
      headers: await ctx.signIn('huli.admin'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('bodies', () => {
  it('accepts an empty JSON body on an action and still refuses broken JSON', async () => {
    const headers = await ctx.signIn('yuanshan.sw');
    const sessions = [
      {
        startsAt: new Date(Date.now() + 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 7200_000).toISOString(),
      },
    ];
    const created = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers,
      payload: {
        title: '空请求体',
        sessions,
        capacity: 3,
        registrationOpensAt: new Date().toISOString(),
        registrationClosesAt: sessions[0].startsAt,
        cancellationDeadline: sessions[0].startsAt,
      },
    });
    const publish = await ctx.request({
      method: 'POST',
      url: `/api/v1/activities/${created.json().id}/publish`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(publish.statusCode).toBe(200);
    const broken = await ctx.request({
      method: 'POST',
      url: '/api/v1/activities',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{',
    });
    expect(broken.json().code).toBe('http.invalid_json');
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('audit log', () => {
  it('records writes with who, what, unit and where from', async () => {
    const headers = await ctx.signIn('jiangtou.admin');
    await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers,
      payload: { name: '审计测试机构' },
    });
    const res = await ctx.request({ method: 'GET', url: '/api/v1/audit?action=providers.create', headers });
    expect(res.statusCode).toBe(200);
    const [row] = res.json().items;
    expect(row).toMatchObject({ actorName: '王海燕', orgUnitName: '江头街道', action: 'providers.create' });
    expect(row.ip).toBeTruthy();
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const db = ctx.database.db;
    const [{ n: before }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
    expect(before).toBeGreaterThan(0);
    await expect(db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [{ n: after, forged }] = await queryRows<{ n: number; forged: number }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where action = 'forged')::int as forged from audit_log`,
    );
    expect(after).toBe(before);
    expect(forged).toBe(0);
  });

  it('runs as a role that cannot switch the guard off, on PostgreSQL', async (test) => {
    // PGlite has one user, the owner; production and the PostgreSQL tests connect as a role owning nothing.
    if (ctx.database.kind !== 'postgres') return test.skip();
    const db = ctx.database.db;
    // drizzle wraps the server's error; its cause is PostgreSQL's own refusal.
    const refusal = (statement: ReturnType<typeof sql>) =>
      db.execute(statement).then(
        () => 'allowed',
        (error: { cause?: { message?: string } }) => error.cause?.message ?? '',
      );
    expect(await refusal(sql`alter table audit_log disable trigger audit_log_append_only`)).toMatch(
      /must be owner/,
    );
    expect(await refusal(sql`truncate audit_log`)).toMatch(/permission denied/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/permission denied/);
  });

  it('shows a street admin only its own street, and filters by date and actor', async () => {
    const heshan = await ctx.signIn('heshan.admin');
    const res = await ctx.request({ method: 'GET', url: '/api/v1/audit?pageSize=200', headers: heshan });
    const units = new Set(res.json().items.map((r: { orgUnitName: string | null }) => r.orgUnitName));
    expect([...units].every((u) => u === '禾山街道' || u === '禾山社区')).toBe(true);
    const district = await ctx.signIn('huli.admin');
    const byActor = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?actor=王海燕',
      headers: district,
    });
    expect(byActor.json().total).toBeGreaterThan(0);
    const past = await ctx.request({ method: 'GET', url: '/api/v1/audit?to=2020-01-01', headers: district });
    expect(past.json().total).toBe(0);
    const bad = await ctx.request({ method: 'GET', url: '/api/v1/audit?from=yesterday', headers: district });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('from');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { type DatabaseHandle, openPostgres } from '../db/client';
import { photoForm } from '../testing/multipart';
import { startTestS3 } from '../testing/s3';
import { createTestContext, type TestContext } from '../testing/test-app';
import { testSecrets } from '../testing/test-secrets';
import { untilRefused } from '../testing/until-refused';

/**
 * The documented way to scale (docs/operations.md): several app servers on one PostgreSQL, photos in
 * one bucket. Server B has its own pool and an empty data folder of its own, so whatever it serves
 * came through the database or the bucket. (On PGlite, one process, the two share the instance.)
 */
describe('two app servers on one database and one bucket', () => {
  let s3: Awaited<ReturnType<typeof startTestS3>>;
  let a: TestContext;
  let b: FastifyInstance;
  let bDatabase: DatabaseHandle;
  const bDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinlin-server-b-'));

  beforeAll(async () => {
    s3 = await startTestS3();
    a = await createTestContext(s3.env);
    bDatabase = a.database.url ? await openPostgres(a.database.url, 5) : a.database;
    b = await buildApp({
      database: bDatabase,
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: bDataDir, ...s3.env }),
      secrets: testSecrets,
    });
    await b.ready();
  });
  afterAll(async () => {
    await b.close();
    if (bDatabase !== a.database) await bDatabase.close();
    await a.close();
    await s3.close();
    fs.rmSync(bDataDir, { recursive: true, force: true });
  });

  it('serves from one server a photo uploaded through the other', async () => {
    const headers = await a.signIn('yuanshan.sw');
    const shelf = await a.request({ method: 'GET', url: '/api/v1/shop-items', headers });
    const itemId: string = shelf.json().items[0].id;
    const form = await photoForm('file');
    const upload = await a.request({
      method: 'PUT',
      url: `/api/v1/shop-items/${itemId}/photo`,
      headers: { ...headers, ...form.headers },
      payload: form.payload,
    });
    expect(upload.statusCode).toBe(200);

    const viaA = await a.request({ method: 'GET', url: `/api/v1/shop-items/${itemId}/photo`, headers });
    const viaB = await b.inject({ method: 'GET', url: `/api/v1/shop-items/${itemId}/photo`, headers });
    expect(viaB.statusCode).toBe(200);
    expect(viaB.headers['content-type']).toBe('image/webp');
    expect(viaB.rawPayload.length).toBeGreaterThan(0);
    expect(viaB.rawPayload.equals(viaA.rawPayload)).toBe(true);
    expect(fs.readdirSync(bDataDir)).not.toContain('photos');
  });

  it('refuses on one server, within its session cache’s lifetime, a session ended on the other', async () => {
    const headers = await a.signIn('yuanshan.staff');
    expect((await b.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    const out = await a.request({ method: 'POST', url: '/api/auth/sign-out', headers, payload: {} });
    expect(out.statusCode).toBe(200);
    // B read the session a moment ago and may answer from its session cache until that entry expires.
    const refused = await untilRefused(() => b.inject({ method: 'GET', url: '/api/v1/me', headers }));
    expect(refused.status).toBe(401);
    expect(refused.afterMs).toBeLessThan(b.config.sessionCacheMs + 1000);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { demoPassword } from '../db/demo-data/accounts';
import { openTestDatabase } from './test-db';
import { testSecrets } from './test-secrets';

export const testOrigin = 'http://localhost:3000';

export type TestContext = {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Signs in over HTTP like any client; returns headers for later requests. */
  signIn(username: string, options?: { membershipId?: string }): Promise<Record<string, string>>;
  /** app.inject with JSON helpers. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/**
 * The app over a fresh seeded database; one per test file (beforeAll), closed in afterAll. `env` adds
 * settings as the environment would (e.g. an https PUBLIC_URL, rate limits on).
 */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  // A data folder of its own (photo files), removed on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinlin-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ...env });
  const app = await buildApp({ database, config, secrets: testSecrets });
  await app.ready();
  const request = (options: InjectOptions) => app.inject(options);
  return {
    app,
    database,
    request,
    async signIn(username, options = {}) {
      const response = await request({
        method: 'POST',
        url: '/api/auth/sign-in/username',
        headers: { origin: testOrigin },
        payload: { username, password: demoPassword },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
      const cookie = [response.headers['set-cookie']]
        .flat()
        .map((c) => String(c).split(';')[0])
        .join('; ');
      return {
        cookie,
        origin: testOrigin,
        ...(options.membershipId ? { 'x-membership-id': options.membershipId } : {}),
      };
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

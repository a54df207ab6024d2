import { defineConfig } from 'vitest/config';

// Unit and API tests. Without TEST_DATABASE_URL they run on PGlite (one instance per worker); with it
// (scripts/test.ts starts a throwaway PostgreSQL) each worker gets a database cloned from a migrated
// template. Both are set up by the global setup and the per-worker helper in src/server/testing/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    pool: 'forks',
    // PGlite takes ~0.7 GB per instance; two workers keep a small CI machine comfortable
    maxWorkers: 2,
    // Each file builds its own app on its own database copy and nothing is mocked, so the files of a
    // worker can share the imported modules: importing the server once per file took 40 % of the run.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['src/server/testing/global-setup.ts'],
    env: { NODE_ENV: 'test' },
  },
});

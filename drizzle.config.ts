import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables, and better-auth's.
  schema: ['./src/server/auth/schema.ts', './src/server/modules/*/schema.ts'],
  out: './drizzle',
});

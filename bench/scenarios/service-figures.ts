import type { Scenario } from '../lib/types';

// A dashboard figure: 江头街道's person-times, activities, cases and visits over a year.
export const scenario: Scenario = {
  name: 'service-figures',
  description: 'GET /api/v1/service-figures for a year as jiangtou.admin',
  request: { method: 'GET', path: '/api/v1/service-figures?from=2025-10-01&to=2026-09-30' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('jiangtou.admin') } }),
};

import type { Scenario } from '../lib/types';

// The needs list (需求清单) with its counts by status and category and the median days to resolve.
export const scenario: Scenario = {
  name: 'needs-list',
  description: 'GET /api/v1/needs as yuanshan.sw (a page of 20 with the summary counts)',
  request: { method: 'GET', path: '/api/v1/needs?page=1&pageSize=20' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('yuanshan.sw') } }),
};

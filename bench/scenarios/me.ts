import type { Scenario } from '../lib/types';

// Who am I: the cheapest signed-in answer, every page's first call. What it costs beyond
// `/api/health` is resolving the caller (issue 13's target: ≥ 0.4× the baseline).
export const scenario: Scenario = {
  name: 'me',
  description: 'GET /api/v1/me as yuanshan.sw (the caller, memberships and permissions)',
  request: { method: 'GET', path: '/api/v1/me' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('yuanshan.sw') } }),
};

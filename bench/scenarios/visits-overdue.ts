import type { Scenario } from '../lib/types';

// The grid worker's morning list: 园山's visit plans against the latest visit of each person, by grid.
export const scenario: Scenario = {
  name: 'visits-overdue',
  description: 'GET /api/v1/visits/overdue as yuanshan.staff (130 monthly plans with their visits)',
  request: { method: 'GET', path: '/api/v1/visits/overdue' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('yuanshan.staff') } }),
};

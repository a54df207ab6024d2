import type { Scenario } from '../lib/types';

// The scope-filtered organisation list: session look-up, membership and scope resolution, a path-prefix
// query over the units of 江头街道.
export const scenario: Scenario = {
  name: 'org-units-list',
  description: 'GET /api/v1/org-units as jiangtou.admin (street scope)',
  request: { method: 'GET', path: '/api/v1/org-units' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('jiangtou.admin') } }),
};

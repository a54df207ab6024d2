import type { Scenario } from '../lib/types';

// A street official's home: this year's figures of the street, each community and each running project,
// with overdue visits per community, on each visit of the home page.
export const scenario: Scenario = {
  name: 'home-figures',
  description: 'GET /api/v1/home/figures as jiangtou.admin (the street, its communities and projects)',
  request: { method: 'GET', path: '/api/v1/home/figures' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('jiangtou.admin') } }),
};

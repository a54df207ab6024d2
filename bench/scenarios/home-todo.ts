import type { Scenario } from '../lib/types';

// A social worker's home: 今日待办 asks every module for its lines (visits overdue by grid, cases waiting,
// hours to approve, new needs, overdue action items, suggestions …) on each visit of the home page.
export const scenario: Scenario = {
  name: 'home-todo',
  description: 'GET /api/v1/home/todo as yuanshan.sw (every module’s lines for 园山)',
  request: { method: 'GET', path: '/api/v1/home/todo' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('yuanshan.sw') } }),
};

import type { Scenario } from '../lib/types';

// The district's year with the most records (禾山's 2019: 29 activities, 78 sessions, ~3,500
// person-times), rolled up by street, brand and target group as the figures page asks for it.
export const scenario: Scenario = {
  name: 'service-figures-district',
  description: 'GET /api/v1/service-figures for 2019 as huli.admin (totals, by street, brand, target group)',
  request: { method: 'GET', path: '/api/v1/service-figures?from=2019-01-01&to=2019-12-31' },
  setup: async (ctx) => ({ headers: { cookie: await ctx.signIn('huli.admin') } }),
};

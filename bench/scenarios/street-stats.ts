import type { Scenario } from '../lib/types';

// A dashboard figure: 江头街道's population statistics over its 11 communities' registries, one
// aggregate query with age windows and keyed target-group tokens.
export const scenario: Scenario = {
  name: 'street-stats',
  description: 'GET /api/v1/org-units/:江头街道/population-stats as jiangtou.admin',
  request: { method: 'GET', path: '/api/v1/org-units/{street}/population-stats?asOf=2025-09-30' },
  setup: async (ctx) => {
    const cookie = await ctx.signIn('jiangtou.admin');
    const res = await ctx.fetch('/api/v1/org-units?kind=street', { headers: { cookie } });
    const { items } = (await res.json()) as { items: { id: string; name: string }[] };
    const street = items.find((u) => u.name === '江头街道');
    if (!street) throw new Error('江头街道 not found');
    return { headers: { cookie }, path: `/api/v1/org-units/${street.id}/population-stats?asOf=2025-09-30` };
  },
};

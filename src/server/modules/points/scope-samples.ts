import { expect } from 'vitest';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  // Points of the volunteers module's 园山 volunteer: a manual credit, whose ledger entry is aimed at.
  async setup(ctx, owners, ids) {
    const credited = await ctx.request({
      method: 'POST',
      url: `/api/v1/points-accounts/${ids.volunteer}/adjustments`,
      headers: owners.yuanshanStaff,
      payload: { amount: 50, reason: '园山补录积分' },
    });
    expect(credited.statusCode).toBe(201);
    const ledger = await ctx.request({
      method: 'GET',
      url: `/api/v1/points-accounts/${ids.volunteer}/ledger`,
      headers: owners.yuanshanStaff,
    });
    return { pointsEntry: ledger.json().items[0].id };
  },
  samples: () => ({
    'POST /api/v1/points-rules': { body: { pointsPerHour: 11 }, ownUnit: true },
    'POST /api/v1/points-accounts/:id/adjustments': { body: { amount: 5, reason: '越权调整' } },
    'POST /api/v1/points-ledger/:id/reverse': { body: { reason: '越权冲正' } },
    // The caller's own points, whoever calls (404 for one who is not a volunteer).
    'GET /api/v1/me/points': { selfOnly: true },
  }),
  queries: { '/api/v1/points-figures': '?from=2020-01-01&to=2030-12-31' },
  targets: {
    '/api/v1/points-accounts/:id/ledger': 'volunteer',
    '/api/v1/points-accounts/:id/adjustments': 'volunteer',
    '/api/v1/points-ledger/:id/reverse': 'pointsEntry',
  },
  leakIds: ['pointsEntry'],
};

import { expect } from 'vitest';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  // 园山's social worker proposes a new number for the residents module's 园山 resident; it waits for staff.
  async setup(ctx, _owners, ids) {
    const proposed = await ctx.request({
      method: 'POST',
      url: `/api/v1/residents/${ids.resident}/changes`,
      headers: await ctx.signIn('yuanshan.sw'),
      payload: { changes: { mobile: '13900001111' }, note: '入户走访时居民告知已换号' },
    });
    expect(proposed.statusCode).toBe(201);
    return { registryChange: proposed.json().id };
  },
  samples: () => ({
    'POST /api/v1/residents/:id/changes': {
      body: { changes: { mobile: '13900002222' }, note: '越权提出变更' },
    },
    'POST /api/v1/registry-changes/:id/approve': {},
    'POST /api/v1/registry-changes/:id/reject': { body: { reason: '越权退回' } },
    // A resident proposes for their own record only: no target to abuse.
    'POST /api/v1/me/registry-changes': { ownUnit: true },
  }),
  targets: {
    '/api/v1/residents/:id/changes': 'resident',
    '/api/v1/registry-changes/:id/approve': 'registryChange',
    '/api/v1/registry-changes/:id/reject': 'registryChange',
  },
  leakIds: ['registryChange'],
};

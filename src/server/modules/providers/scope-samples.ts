import { expect } from 'vitest';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  async setup(ctx, owners) {
    const provider = await ctx.request({
      method: 'POST',
      url: '/api/v1/providers',
      headers: owners.jiangtouAdmin,
      payload: { name: '江头街道测试社工机构' },
    });
    expect(provider.statusCode).toBe(201);
    return { provider: provider.json().id };
  },
  samples: () => ({
    'POST /api/v1/providers': { body: { name: '本单位新机构' }, ownUnit: true },
    'PATCH /api/v1/providers/:id': { body: { name: '越权改名机构' } },
  }),
  targets: { '/api/v1/providers/:id': 'provider' },
};

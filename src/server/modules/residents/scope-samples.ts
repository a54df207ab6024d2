import { expect } from 'vitest';
import { makeIdNumber } from '../../testing/ids';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  async setup(ctx, owners) {
    const resident = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: owners.yuanshanStaff,
      payload: {
        name: '园山居民',
        idNumber: makeIdNumber('1950-03-01', 11),
        hukouType: 'hukou',
        sensitive: { flags: ['dibao'] },
      },
    });
    expect(resident.statusCode).toBe(201);
    return { resident: resident.json().id };
  },
  samples: (ids) => ({
    'POST /api/v1/residents': {
      body: {
        name: '越权居民',
        idNumber: makeIdNumber('1960-01-01', 13),
        hukouType: 'hukou',
        orgUnitId: ids.yuanshan,
      },
    },
    'PUT /api/v1/residents/:id': {
      body: { name: '越权改名', idNumber: makeIdNumber('1950-03-01', 11), hukouType: 'hukou' },
    },
    'POST /api/v1/residents/:id/status': { body: { status: 'died', statusDate: '2025-01-01' } },
    'POST /api/v1/residents/:id/consents': { body: { basis: 'consent', purposes: ['越权'] } },
    'POST /api/v1/residents/import/dry-run': {},
    'POST /api/v1/residents/import/commit': {},
  }),
  targets: {
    '/api/v1/residents/:id': 'resident',
    '/api/v1/residents/:id/reveal': 'resident',
    '/api/v1/residents/:id/status': 'resident',
    '/api/v1/residents/:id/consents': 'resident',
    '/api/v1/org-units/:id/population-stats': 'yuanshan',
  },
  queries: { '/api/v1/residents/:id/reveal': '?reason=越权查看' },
  unitQueryRoutes: ['/api/v1/residents/import/dry-run', '/api/v1/residents/import/commit'],
  leakIds: ['resident'],
};

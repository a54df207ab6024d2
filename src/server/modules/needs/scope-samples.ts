import type { ModuleScopeSamples } from '../../testing/scope-matrix';

const newNeed = (title: string, residentId?: string) => ({
  title,
  category: 'facilities',
  targetGroup: 'allResidents',
  source: residentId ? { kind: 'resident', residentId } : { kind: 'staff' },
});

export const scopeSamples: ModuleScopeSamples = {
  // Two open needs of 园山 (one a duplicate to merge), raised by its staff for one of its residents.
  async setup(ctx, owners, ids) {
    const raise = (title: string) =>
      ctx.request({
        method: 'POST',
        url: '/api/v1/needs',
        headers: owners.yuanshanStaff,
        payload: newNeed(title, ids.resident),
      });
    const need = await raise('园山需求');
    const other = await raise('园山重复需求');
    return { need: need.json().id, otherNeed: other.json().id };
  },
  samples: (ids) => ({
    // A 园山 resident as the source: without it a sibling community's staff would raise in their own.
    'POST /api/v1/needs': { body: newNeed('越权需求', ids.resident) },
    'PATCH /api/v1/needs/:id': { body: { title: '越权修改', category: 'other', targetGroup: 'other' } },
    'POST /api/v1/needs/:id/accept': {},
    'POST /api/v1/needs/:id/decline': { body: { reason: '越权不予受理' } },
    'POST /api/v1/needs/:id/resolve': { body: { resolution: '越权办结' } },
    'POST /api/v1/needs/:id/reopen': { body: { reason: '越权重开' } },
    'POST /api/v1/needs/:id/merge': { body: { intoId: ids.otherNeed } },
  }),
  targets: {
    '/api/v1/needs/:id': 'need',
    '/api/v1/needs/:id/merge-candidates': 'need',
    '/api/v1/needs/:id/accept': 'need',
    '/api/v1/needs/:id/decline': 'need',
    '/api/v1/needs/:id/resolve': 'need',
    '/api/v1/needs/:id/reopen': 'need',
    '/api/v1/needs/:id/merge': 'need',
  },
  unitQueryRoutes: ['/api/v1/needs', '/api/v1/needs/export'],
  leakIds: ['need'],
};

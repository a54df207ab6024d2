import type { ModuleScopeSamples } from '../../testing/scope-matrix';

const projectSample = (providerId: string) => ({
  name: '越权项目',
  providerId,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  projectYear: 1,
  scope: 'single',
  budgetYuan: 1,
  status: 'ended',
});

export const scopeSamples: ModuleScopeSamples = {
  // The demo project 园山 runs now.
  async setup(ctx, owners) {
    const list = await ctx.request({
      method: 'GET',
      url: '/api/v1/projects?status=active',
      headers: owners.yuanshanStaff,
    });
    return { project: list.json().items[0].id };
  },
  samples: (ids) => ({
    'POST /api/v1/projects': { body: { ...projectSample(ids.provider), purchaserId: ids.yuanshan } },
    'PATCH /api/v1/projects/:id': { body: projectSample(ids.provider) },
  }),
  targets: { '/api/v1/projects/:id': 'project' },
  leakIds: ['project'],
};

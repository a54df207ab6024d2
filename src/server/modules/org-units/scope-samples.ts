import { unitId } from '../../testing/fixtures';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  async setup(ctx, owners) {
    const yuanshan = await unitId(ctx.database.db, '园山社区');
    const unit = await ctx.request({
      method: 'GET',
      url: `/api/v1/org-units/${yuanshan}`,
      headers: owners.yuanshanStaff,
    });
    return { yuanshan, jiangtou: await unitId(ctx.database.db, '江头街道'), grid: unit.json().grids[0].id };
  },
  samples: (ids) => ({
    'POST /api/v1/org-units': { body: { parentId: ids.jiangtou, name: '越权社区', code: '999' } },
    'PATCH /api/v1/org-units/:id': { body: { name: '越权改名' } },
  }),
  targets: { '/api/v1/org-units/:id': 'yuanshan' },
  leakIds: ['yuanshan'],
};

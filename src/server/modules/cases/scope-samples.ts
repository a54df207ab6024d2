import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  // An open case, a plan for the 园山 resident and a visit that asks for follow-up.
  async setup(ctx, owners, ids) {
    const headers = owners.yuanshanStaff;
    const opened = await ctx.request({
      method: 'POST',
      url: '/api/v1/cases',
      headers,
      payload: { residentId: ids.resident, openedOn: '2026-01-01', summary: '园山个案' },
    });
    await ctx.request({
      method: 'PUT',
      url: '/api/v1/visit-plans',
      headers,
      payload: { residentId: ids.resident, intervalDays: 30 },
    });
    const visit = await ctx.request({
      method: 'POST',
      url: '/api/v1/visits',
      headers,
      payload: {
        residentId: ids.resident,
        visitedOn: '2026-01-02',
        findings: '园山探访',
        followUpNeeded: true,
      },
    });
    return { case: opened.json().id, visit: visit.json().id };
  },
  samples: (ids) => ({
    'POST /api/v1/cases': { body: { residentId: ids.resident, openedOn: '2026-01-01', summary: '越权接案' } },
    'POST /api/v1/cases/:id/records': { body: { recordedOn: '2026-01-02', content: '越权记录' } },
    'POST /api/v1/cases/:id/advance': { body: { to: 'assessment', on: '2026-01-02' } },
    'PATCH /api/v1/cases/:id/project': { body: { projectId: ids.project } },
    'PUT /api/v1/visit-plans': { body: { residentId: ids.resident, intervalDays: 7 } },
    'POST /api/v1/visits': {
      body: { residentId: ids.resident, visitedOn: '2026-01-02', findings: '越权探访' },
    },
    // A grid of 园山: without it a sibling community's staff would plan for their own group.
    'POST /api/v1/visit-plans/bulk': {
      body: { targetGroup: 'livesAlone', intervalDays: 7, gridId: ids.grid },
    },
    'DELETE /api/v1/visit-plans/:id': {},
    'PATCH /api/v1/visits/:id/follow-up': { body: { doneOn: '2026-01-03' } },
  }),
  targets: {
    '/api/v1/residents/:id/visits': 'resident',
    '/api/v1/visit-plans/:id': 'resident',
    '/api/v1/visits/:id/follow-up': 'visit',
    '/api/v1/cases/:id': 'case',
    '/api/v1/cases/:id/records': 'case',
    '/api/v1/cases/:id/advance': 'case',
    '/api/v1/cases/:id/project': 'case',
  },
  leakIds: ['case'],
};

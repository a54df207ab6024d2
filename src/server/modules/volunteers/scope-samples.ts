import { expect } from 'vitest';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';
import { serviceQueries, serviceSamples, serviceSetup, serviceTargets } from './service-scope-samples';

const standaloneVolunteer = {
  identity: { name: '园山商户', idType: 'passport', idNumber: 'E99887766', birthDate: '1980-01-01' },
  affiliation: 'business',
  affiliationName: '园山便利店',
};

export const scopeSamples: ModuleScopeSamples = {
  // A 园山 volunteer in a 社区总支 with one compound branch, and a training they attended.
  async setup(ctx, owners, ids) {
    const headers = owners.yuanshanStaff;
    const post = (url: string, payload: object) => ctx.request({ method: 'POST', url, headers, payload });
    const volunteer = await post('/api/v1/volunteers', standaloneVolunteer);
    expect(volunteer.statusCode).toBe(201);
    const unit = await ctx.request({ method: 'GET', url: `/api/v1/org-units/${ids.yuanshan}`, headers });
    const root = await post('/api/v1/volunteer-teams', { name: '园山测试总支' });
    const branch = await post('/api/v1/volunteer-teams', {
      name: '园山测试分支',
      parentTeamId: root.json().id,
      compoundId: unit.json().compounds[0].id,
    });
    expect(branch.statusCode).toBe(201);
    await post(`/api/v1/volunteer-teams/${branch.json().id}/members`, { volunteerId: volunteer.json().id });
    const training = await post('/api/v1/volunteer-trainings', {
      topic: '园山骨干培训',
      trainerKind: 'socialWorker',
      trainerName: '陈思远',
      heldOn: '2026-01-05',
      durationMinutes: 60,
      attendeeIds: [volunteer.json().id],
    });
    expect(training.statusCode).toBe(201);
    const commendation = await post('/api/v1/commendations', {
      volunteerId: volunteer.json().id,
      period: '2026',
      title: '园山年度表扬',
    });
    expect(commendation.statusCode).toBe(201);
    const service = await serviceSetup(ctx, headers, ids.activity, volunteer.json().id);
    return {
      ...service,
      volunteerCommendation: commendation.json().id,
      volunteer: volunteer.json().id,
      volunteerTeam: root.json().id,
      volunteerBranch: branch.json().id,
      volunteerTraining: training.json().id,
      compound: unit.json().compounds[0].id,
    };
  },
  samples: (ids) => ({
    // A 园山 resident: another unit cannot make them its volunteer.
    'POST /api/v1/volunteers': { body: { residentId: ids.resident, affiliation: 'resident' } },
    'PATCH /api/v1/volunteers/:id': { body: { priority: true } },
    'POST /api/v1/volunteers/:id/status': { body: { status: 'left', reason: '越权离队' } },
    'POST /api/v1/volunteers/:id/approve': {},
    'POST /api/v1/volunteers/:id/reject': { body: { reason: '越权驳回' } },
    'POST /api/v1/volunteers/:id/reveal': { body: { reason: '越权查看' } },
    // Invalid for anyone (no affiliation): the route acts only on the caller's own record anyway.
    'POST /api/v1/me/volunteer-application': { body: {}, selfOnly: true },
    // The caller's own record, or 404 for one who never applied: nobody else's row is reachable.
    'GET /api/v1/me/volunteer': { selfOnly: true },
    // A branch under 园山's community team.
    'POST /api/v1/volunteer-teams': {
      body: { name: '越权分支', parentTeamId: ids.volunteerTeam, compoundId: ids.compound },
    },
    'PUT /api/v1/volunteer-teams/:id': { body: { name: '越权改名' } },
    'DELETE /api/v1/volunteer-teams/:id': {},
    'POST /api/v1/volunteer-teams/:id/members': { body: { volunteerId: ids.volunteer, isLeader: true } },
    'POST /api/v1/volunteer-teams/:id/members/remove': { body: { volunteerId: ids.volunteer } },
    // 园山's volunteer as an attendee of another unit's training.
    'POST /api/v1/volunteer-trainings': {
      body: {
        topic: '越权培训',
        trainerKind: 'external',
        trainerName: '外请',
        heldOn: '2026-01-06',
        durationMinutes: 30,
        attendeeIds: [ids.volunteer],
      },
    },
    'PUT /api/v1/volunteer-trainings/:id': {
      body: {
        topic: '越权修改',
        trainerKind: 'external',
        trainerName: '外请',
        heldOn: '2026-01-06',
        durationMinutes: 30,
      },
    },
    'DELETE /api/v1/volunteer-trainings/:id': {},
    'POST /api/v1/commendations': { body: { volunteerId: ids.volunteer, period: '2026', title: '越权表扬' } },
    ...serviceSamples(ids),
  }),
  targets: {
    '/api/v1/volunteers/:id': 'volunteer',
    '/api/v1/volunteers/:id/status': 'volunteer',
    '/api/v1/volunteers/:id/approve': 'volunteer',
    '/api/v1/volunteers/:id/reject': 'volunteer',
    '/api/v1/volunteers/:id/reveal': 'volunteer',
    '/api/v1/volunteers/:id/trainings': 'volunteer',
    '/api/v1/volunteer-teams/:id': 'volunteerBranch',
    '/api/v1/volunteer-teams/:id/members': 'volunteerBranch',
    '/api/v1/volunteer-teams/:id/members/remove': 'volunteerBranch',
    '/api/v1/volunteer-trainings/:id': 'volunteerTraining',
    '/api/v1/volunteers/:id/commendations': 'volunteer',
    ...serviceTargets,
  },
  queries: { '/api/v1/volunteer-rankings': '?period=2026', ...serviceQueries },
  leakIds: [
    'volunteer',
    'volunteerTeam',
    'volunteerTraining',
    'volunteerCommendation',
    'volunteerPosition',
    'serviceRecord',
  ],
};

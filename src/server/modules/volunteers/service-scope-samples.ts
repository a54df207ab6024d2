import { expect } from 'vitest';
import type { ScopeIds, ScopeSample } from '../../testing/scope-matrix';
import type { TestContext } from '../../testing/test-app';

type Headers = Record<string, string>;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/**
 * 园山's shifts and hours for the scope matrix: a position on its activity, a volunteer signed up,
 * checked in and out (so a proposed record), a record entered by staff for volunteer1 and their open
 * correction request.
 */
export async function serviceSetup(
  ctx: TestContext,
  headers: Headers,
  activityId: string,
  volunteerId: string,
) {
  const post = (url: string, payload: object, as = headers) =>
    ctx.request({ method: 'POST', url, headers: as, payload });
  const position = await post(`/api/v1/activities/${activityId}/volunteer-positions`, {
    title: '园山测试岗位',
    count: 3,
    startsAt: inDays(2),
    endsAt: inDays(2.1),
  });
  expect(position.statusCode).toBe(201);
  const shift = await post(`/api/v1/volunteer-positions/${position.json().id}/roster`, { volunteerId });
  expect(shift.statusCode).toBe(201);
  await post(`/api/v1/volunteer-shifts/${shift.json().id}/check-in`, {});
  expect((await post(`/api/v1/volunteer-shifts/${shift.json().id}/check-out`, {})).statusCode).toBe(200);
  const me = await ctx.signIn('volunteer1');
  const own = await ctx.request({ method: 'GET', url: '/api/v1/me/volunteer', headers: me });
  let myId: string = own.json().id;
  if (own.statusCode === 404) {
    myId = (await post('/api/v1/me/volunteer-application', { affiliation: 'resident' }, me)).json().id;
    expect((await post(`/api/v1/volunteers/${myId}/approve`, {})).statusCode).toBe(200);
  }
  const record = await post('/api/v1/service-records', {
    volunteerId: myId,
    serviceDate: '2026-01-05',
    place: '园山社区',
    content: '探访陪同',
    minutes: 60,
  });
  expect(record.statusCode).toBe(201);
  const correction = await post(
    `/api/v1/me/service-records/${record.json().id}/corrections`,
    { requestedMinutes: 90, reason: '实际一个半小时' },
    me,
  );
  expect(correction.statusCode).toBe(201);
  return {
    volunteerPosition: position.json().id,
    volunteerShift: shift.json().id,
    serviceRecord: record.json().id,
    serviceRecordCorrection: correction.json().id,
  };
}

export const serviceSamples = (ids: ScopeIds): Record<string, ScopeSample> => ({
  'POST /api/v1/activities/:id/volunteer-positions': {
    body: { title: '越权岗位', count: 1, startsAt: inDays(3), endsAt: inDays(3.1) },
  },
  'PATCH /api/v1/volunteer-positions/:id': { body: { count: 9 } },
  'DELETE /api/v1/volunteer-positions/:id': {},
  'POST /api/v1/volunteer-positions/:id/roster': { body: { volunteerId: ids.volunteer } },
  'POST /api/v1/volunteer-positions/:id/shifts': {},
  'DELETE /api/v1/me/volunteer-shifts/:id': {},
  'POST /api/v1/volunteer-shifts/:id/check-in': { body: {} },
  'POST /api/v1/volunteer-shifts/:id/check-out': { body: {} },
  'POST /api/v1/service-records': {
    body: {
      volunteerId: ids.volunteer,
      serviceDate: '2026-01-06',
      place: '越权',
      content: '越权',
      minutes: 60,
    },
  },
  'POST /api/v1/service-records/:id/approve': { body: {} },
  'POST /api/v1/service-records/:id/reject': { body: { reason: '越权驳回' } },
  'POST /api/v1/service-record-corrections/:id/accept': { body: { answer: '越权' } },
  'POST /api/v1/service-record-corrections/:id/decline': { body: { answer: '越权拒绝' } },
  'POST /api/v1/me/service-records/:id/corrections': { body: { requestedMinutes: 30, reason: '越权更正' } },
  // Writes only the caller's own unit's settings: no target to abuse.
  'PUT /api/v1/volunteer-settings': { ownUnit: true },
  // The caller's own records, positions and certificate (or 404/400 for one without): nobody else's.
  'GET /api/v1/me/service-records': { selfOnly: true },
  'GET /api/v1/me/volunteer-positions': { selfOnly: true },
  // A period without records: the intruder's own certificate is proven in service-hours.test.ts, and
  // issuing one here would change a table the matrix watches.
  'POST /api/v1/me/certificate': { body: { from: '2000-01-01', to: '2000-12-31' }, selfOnly: true },
  'POST /api/v1/volunteers/:id/certificate': { body: {} },
});

export const serviceQueries: Record<string, string> = {
  '/api/v1/service-records/export': '?from=2026-01-01&to=2026-12-31',
};

export const serviceTargets: Record<string, string> = {
  '/api/v1/activities/:id/volunteer-positions': 'activity',
  '/api/v1/volunteer-positions/:id': 'volunteerPosition',
  '/api/v1/volunteer-positions/:id/shifts': 'volunteerPosition',
  '/api/v1/volunteer-positions/:id/roster': 'volunteerPosition',
  '/api/v1/volunteer-shifts/:id/check-in': 'volunteerShift',
  '/api/v1/volunteer-shifts/:id/check-out': 'volunteerShift',
  '/api/v1/me/volunteer-shifts/:id': 'volunteerShift',
  '/api/v1/service-records/:id/approve': 'serviceRecord',
  '/api/v1/service-records/:id/reject': 'serviceRecord',
  '/api/v1/service-record-corrections/:id/accept': 'serviceRecordCorrection',
  '/api/v1/service-record-corrections/:id/decline': 'serviceRecordCorrection',
  '/api/v1/me/service-records/:id/corrections': 'serviceRecord',
  '/api/v1/volunteers/:id/certificate': 'volunteer',
};

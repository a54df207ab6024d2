import { expect } from 'vitest';
import { letTimePass } from '../../testing/activity-time';
import { photoForm } from '../../testing/multipart';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';
import type { TestContext } from '../../testing/test-app';

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

function activitySample(orgUnitId?: string) {
  return {
    title: '越权活动',
    sessions: [{ startsAt: hoursFromNow(30), endsAt: hoursFromNow(31.5) }],
    capacity: 5,
    registrationOpensAt: hoursFromNow(-2),
    registrationClosesAt: hoursFromNow(24),
    cancellationDeadline: hoursFromNow(24),
    audience: 'anyone',
    ...(orgUnitId ? { orgUnitId } : {}),
  };
}

/**
 * A published 园山 activity open to anyone, one registration and one photo; then time passes until its
 * session has begun, so attendance can be taken.
 */
async function yuanshanActivity(ctx: TestContext, headers: Record<string, string>, residentId: string) {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers,
    payload: activitySample(),
  });
  const activity = created.json().id as string;
  await ctx.request({ method: 'POST', url: `/api/v1/activities/${activity}/publish`, headers });
  const registration = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${activity}/registrations`,
    headers,
    payload: { residentId },
  });
  const form = await photoForm('files');
  const photo = await ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${activity}/photos`,
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
  expect(photo.statusCode).toBe(201);
  await letTimePass(ctx.database.db, activity, 30.5);
  return {
    activity,
    session: created.json().sessions[0].id as string,
    registration: registration.json().registrationId as string,
    photo: photo.json().items[0].id as string,
  };
}

export const scopeSamples: ModuleScopeSamples = {
  async setup(ctx, owners, ids) {
    const brand = await ctx.request({
      method: 'POST',
      url: '/api/v1/brands',
      headers: owners.yuanshanStaff,
      payload: { name: '园山新品牌' },
    });
    return { brand: brand.json().id, ...(await yuanshanActivity(ctx, owners.yuanshanStaff, ids.resident)) };
  },
  samples: async (ids) => ({
    'POST /api/v1/brands': { body: { name: '越权品牌', orgUnitId: ids.yuanshan } },
    'DELETE /api/v1/brands/:id': {},
    'POST /api/v1/activities': { body: activitySample(ids.yuanshan) },
    'PUT /api/v1/activities/:id': { body: activitySample() },
    'POST /api/v1/activities/:id/publish': {},
    'POST /api/v1/activities/:id/finish': {},
    'POST /api/v1/activities/:id/cancel': {},
    'POST /api/v1/activities/:id/registrations': { body: { residentId: ids.resident } },
    'DELETE /api/v1/registrations/:id': {},
    'POST /api/v1/activities/:id/sessions/:sessionId/attendance': { body: { residentIds: [ids.resident] } },
    'PUT /api/v1/activities/:id/sessions/:sessionId/guests': { body: { count: 9 } },
    'POST /api/v1/activities/:id/photos': { form: await photoForm('files') },
    'PATCH /api/v1/activities/:id/photos/:photoId': { body: { caption: '越权改说明' } },
    'DELETE /api/v1/activities/:id/photos/:photoId': {},
    'POST /api/v1/me/activities/:id/registration': {},
    'DELETE /api/v1/me/activities/:id/registration': {},
    // A forged code: the caller holds no code of another unit's session.
    'POST /api/v1/me/check-in': { body: { code: 'forged.code.0000000000' }, refusedWith: [400, 403] },
  }),
  targets: {
    '/api/v1/brands/:id': 'brand',
    '/api/v1/activities/:id': 'activity',
    '/api/v1/activities/:id/publish': 'activity',
    '/api/v1/activities/:id/finish': 'activity',
    '/api/v1/activities/:id/cancel': 'activity',
    '/api/v1/activities/:id/registrations': 'activity',
    '/api/v1/registrations/:id': 'registration',
    '/api/v1/activities/:id/sessions/:sessionId/check-in-code': 'activity',
    '/api/v1/activities/:id/sessions/:sessionId/attendance': 'activity',
    '/api/v1/activities/:id/sessions/:sessionId/guests': 'activity',
    '/api/v1/activities/:id/sessions/:sessionId/sign-in-sheet': 'activity',
    '/api/v1/me/activities/:id/registration': 'activity',
    '/api/v1/activities/:id/photos': 'activity',
    '/api/v1/activities/:id/photos/:photoId': 'activity',
    '/api/v1/activities/:id/photos/:photoId/thumb': 'activity',
    '/api/v1/activities/:id/photos/:photoId/large': 'activity',
  },
  leakIds: ['activity'],
};

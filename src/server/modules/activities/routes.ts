import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityInput,
  activityListQuery,
  activityView,
  registrationView,
} from '../../../core/activities/contract';
import { registerOutcome } from '../../../core/activities/self-service-contract';
import { selectedIdsQuery } from '../../http/selection';
import { issueCheckInCode, sessionAttendance, setGuestCount, staffCheckIn } from './check-in';
import { exportActivities } from './list-export';
import { cancelRegistration, listRegistrations, registerByStaff } from './registration';
import { changeActivityStatus, createActivity, getActivity, listActivities, updateActivity } from './service';
import { signInSheetDocx, signInSheetXlsx } from './sign-in-sheet';

const idParams = z.object({ id: z.uuid('编号无效') });
const sessionParams = z.object({ id: z.uuid('编号无效'), sessionId: z.uuid('编号无效') });
const sessionKey = ({ id, sessionId }: z.infer<typeof sessionParams>) => ({ activityId: id, sessionId });

/** Staff side of activities and groups: plan, publish, register people, check in, count. */
export async function activityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];
  const read = { permission: 'activities.read' } as const;
  const manage = { permission: 'activities.manage' } as const;

  app.get('/activities', {
    config: read,
    schema: {
      tags,
      querystring: activityListQuery,
      response: { 200: z.object({ items: z.array(activityView) }) },
    },
    handler: async (req) => ({ items: await listActivities(req.ctx, req.query) }),
  });
  app.get('/activities/export', {
    config: read,
    schema: { tags, querystring: activityListQuery.extend(selectedIdsQuery.shape) },
    handler: async (req, reply) => {
      const { ids, ...filter } = req.query;
      const file = await exportActivities(req.ctx, filter, ids);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('活动列表.xlsx')}`)
        .send(file);
    },
  });
  app.get('/activities/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: activityView } },
    handler: (req) => getActivity(req.ctx, req.params.id),
  });
  app.post('/activities', {
    config: manage,
    schema: { tags, body: activityInput, response: { 201: activityView } },
    handler: async (req, reply) => reply.code(201).send(await createActivity(req.ctx, req.body)),
  });
  app.put('/activities/:id', {
    config: manage,
    schema: { tags, params: idParams, body: activityInput, response: { 200: activityView } },
    handler: (req) => updateActivity(req.ctx, req.params.id, req.body),
  });
  for (const action of ['publish', 'finish', 'cancel'] as const) {
    app.post(`/activities/:id/${action}`, {
      config: manage,
      schema: { tags, params: idParams, response: { 200: activityView } },
      handler: (req) => changeActivityStatus(req.ctx, req.params.id, action),
    });
  }
  app.get('/activities/:id/registrations', {
    config: read,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(registrationView) }) } },
    handler: async (req) => ({ items: await listRegistrations(req.ctx, req.params.id) }),
  });
  app.post('/activities/:id/registrations', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: z.object({ residentId: z.uuid('请选择居民') }),
      response: { 201: registerOutcome },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await registerByStaff(req.ctx, req.params.id, req.body.residentId)),
  });
  app.delete('/registrations/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await cancelRegistration(req.ctx, req.params.id, null);
      return reply.code(204).send();
    },
  });
  app.get('/activities/:id/sessions/:sessionId/check-in-code', {
    config: manage,
    schema: {
      tags,
      params: sessionParams,
      response: { 200: z.object({ code: z.string(), expiresAt: z.string() }) },
    },
    handler: (req) => issueCheckInCode(req.ctx, sessionKey(req.params)),
  });
  app.get('/activities/:id/sessions/:sessionId/attendance', {
    config: read,
    schema: { tags, params: sessionParams },
    handler: async (req) => ({ items: await sessionAttendance(req.ctx, sessionKey(req.params)) }),
  });
  app.post('/activities/:id/sessions/:sessionId/attendance', {
    config: manage,
    schema: {
      tags,
      params: sessionParams,
      body: z.object({
        residentIds: z.array(z.uuid()).min(1, '请选择签到居民').max(500),
        method: z.enum(['staff', 'paper', 'walkIn']).default('staff'),
      }),
    },
    handler: (req) => staffCheckIn(req.ctx, sessionKey(req.params), req.body),
  });
  app.put('/activities/:id/sessions/:sessionId/guests', {
    config: manage,
    schema: { tags, params: sessionParams, body: z.object({ count: z.number().int().min(0).max(10_000) }) },
    handler: async (req, reply) => {
      await setGuestCount(req.ctx, sessionKey(req.params), req.body.count);
      return reply.code(204).send();
    },
  });
  app.get('/activities/:id/sessions/:sessionId/sign-in-sheet', {
    config: read,
    schema: {
      tags,
      params: sessionParams,
      querystring: z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') }),
    },
    handler: async (req, reply) => {
      const docx = req.query.format === 'docx';
      const file = docx
        ? await signInSheetDocx(req.ctx, sessionKey(req.params))
        : await signInSheetXlsx(req.ctx, sessionKey(req.params));
      return reply
        .type(
          docx
            ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`签到表.${req.query.format}`)}`,
        )
        .send(file);
    },
  });
}

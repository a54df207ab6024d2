import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  needChoices,
  needDeclineInput,
  needDetail,
  needList,
  needListQuery,
  needMergeInput,
  needRaiseInput,
  needReopenInput,
  needResolveInput,
  needUpdateInput,
} from '../../../core/needs/contract';
import { pageQuery } from '../../http/pagination';
import { selectedIdsQuery } from '../../http/selection';
import { getNeed, mergeCandidates } from './detail';
import { exportNeeds } from './export';
import { listNeeds } from './list';
import {
  acceptNeed,
  declineNeed,
  mergeNeed,
  raiseNeedByStaff,
  reopenNeed,
  resolveNeed,
  updateNeed,
} from './transitions';

const idParams = z.object({ id: z.uuid('编号无效') });

/** The needs list (需求清单): list, export, a need's page and what staff do to it. */
export async function needRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];
  const read = { permission: 'needs.read' } as const;
  const manage = { permission: 'needs.manage' } as const;

  app.get('/needs', {
    config: read,
    schema: { tags, querystring: needListQuery.extend(pageQuery.shape), response: { 200: needList } },
    handler: (req) => listNeeds(req.ctx, req.query),
  });
  app.get('/needs/export', {
    config: read,
    schema: { tags, querystring: needListQuery.extend(selectedIdsQuery.shape) },
    handler: async (req, reply) => {
      const { ids, ...filter } = req.query;
      const file = await exportNeeds(req.ctx, filter, ids);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('需求清单.xlsx')}`)
        .send(file);
    },
  });
  app.get('/needs/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: needDetail } },
    handler: (req) => getNeed(req.ctx, req.params.id),
  });
  app.get('/needs/:id/merge-candidates', {
    config: read,
    schema: { tags, params: idParams, response: { 200: needChoices } },
    handler: (req) => mergeCandidates(req.ctx, req.params.id),
  });
  app.post('/needs', {
    config: manage,
    schema: { tags, body: needRaiseInput, response: { 201: needDetail } },
    handler: async (req, reply) => reply.code(201).send(await raiseNeedByStaff(req.ctx, req.body)),
  });
  app.patch('/needs/:id', {
    config: manage,
    schema: { tags, params: idParams, body: needUpdateInput, response: { 200: needDetail } },
    handler: (req) => updateNeed(req.ctx, req.params.id, req.body),
  });
  app.post('/needs/:id/accept', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: needDetail } },
    handler: (req) => acceptNeed(req.ctx, req.params.id),
  });
  app.post('/needs/:id/decline', {
    config: manage,
    schema: { tags, params: idParams, body: needDeclineInput, response: { 200: needDetail } },
    handler: (req) => declineNeed(req.ctx, req.params.id, req.body.reason),
  });
  app.post('/needs/:id/resolve', {
    config: manage,
    schema: { tags, params: idParams, body: needResolveInput, response: { 200: needDetail } },
    handler: (req) => resolveNeed(req.ctx, req.params.id, req.body.resolution),
  });
  app.post('/needs/:id/reopen', {
    config: manage,
    schema: { tags, params: idParams, body: needReopenInput, response: { 200: needDetail } },
    handler: (req) => reopenNeed(req.ctx, req.params.id, req.body.reason),
  });
  app.post('/needs/:id/merge', {
    config: manage,
    schema: { tags, params: idParams, body: needMergeInput, response: { 200: needDetail } },
    handler: (req) => mergeNeed(req.ctx, req.params.id, req.body.intoId),
  });
}

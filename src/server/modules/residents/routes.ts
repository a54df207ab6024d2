import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  consentInput,
  residentDetail,
  residentInput,
  residentListQuery,
  residentReveal,
  residentRow,
  residentStatusInput,
  revealQuery,
} from '../../../core/residents/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import {
  addConsent,
  createResident,
  getResident,
  listResidents,
  revealResident,
  setResidentStatus,
  updateResident,
} from './service';

const idParams = z.object({ id: z.uuid('编号无效') });

export async function residentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['residents'];

  app.get('/residents', {
    config: { permission: 'residents.read' },
    schema: {
      tags,
      querystring: residentListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(residentRow) },
    },
    handler: (req) => listResidents(req.ctx, req.query),
  });

  app.get('/residents/:id', {
    config: { permission: 'residents.read' },
    schema: { tags, params: idParams, response: { 200: residentDetail } },
    handler: (req) => getResident(req.ctx, req.params.id),
  });

  app.get('/residents/:id/reveal', {
    config: { permission: 'residents.reveal' },
    schema: { tags, params: idParams, querystring: revealQuery, response: { 200: residentReveal } },
    handler: (req) => revealResident(req.ctx, req.params.id, req.query.reason),
  });

  app.post('/residents', {
    config: { permission: 'residents.manage' },
    schema: { tags, body: residentInput, response: { 201: residentDetail } },
    handler: async (req, reply) => reply.code(201).send(await createResident(req.ctx, req.body)),
  });

  app.put('/residents/:id', {
    config: { permission: 'residents.manage' },
    schema: { tags, params: idParams, body: residentInput, response: { 200: residentDetail } },
    handler: (req) => updateResident(req.ctx, req.params.id, req.body),
  });

  app.post('/residents/:id/status', {
    config: { permission: 'residents.manage' },
    schema: { tags, params: idParams, body: residentStatusInput, response: { 200: residentDetail } },
    handler: (req) => setResidentStatus(req.ctx, req.params.id, req.body),
  });

  app.post('/residents/:id/consents', {
    config: { permission: 'residents.manage' },
    schema: { tags, params: idParams, body: consentInput, response: { 200: residentDetail } },
    handler: (req) => addConsent(req.ctx, req.params.id, req.body),
  });
}

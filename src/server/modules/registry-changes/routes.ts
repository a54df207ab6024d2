import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  myRegistryChangeInput,
  myRegistryForm,
  registryChangeInput,
  registryChangeList,
  registryChangeListQuery,
  registryChangeRejectInput,
  registryChangeView,
} from '../../../core/registry-changes/contract';
import {
  approveChange,
  listChanges,
  myRegistry,
  proposeChange,
  proposeOwnChange,
  rejectChange,
} from './service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** 登记变更: social workers propose, residents propose for themselves on the phone, staff approve or return. */
export async function registryChangeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry-changes'];
  const review = { permission: 'registry-changes.review' } as const;
  const self = { permission: 'registry-changes.self' } as const;

  app.get('/registry-changes', {
    config: { permission: 'registry-changes.read' },
    schema: { tags, querystring: registryChangeListQuery, response: { 200: registryChangeList } },
    handler: async (req) => ({ items: await listChanges(req.ctx, req.query) }),
  });
  app.post('/residents/:id/changes', {
    config: { permission: 'registry-changes.propose' },
    schema: { tags, params: idParams, body: registryChangeInput, response: { 201: registryChangeView } },
    handler: async (req, reply) =>
      reply.code(201).send(await proposeChange(req.ctx, req.params.id, req.body)),
  });
  app.post('/registry-changes/:id/approve', {
    config: review,
    schema: { tags, params: idParams, response: { 200: registryChangeView } },
    handler: (req) => approveChange(req.ctx, req.params.id),
  });
  app.post('/registry-changes/:id/reject', {
    config: review,
    schema: {
      tags,
      params: idParams,
      body: registryChangeRejectInput,
      response: { 200: registryChangeView },
    },
    handler: (req) => rejectChange(req.ctx, req.params.id, req.body.reason),
  });

  app.get('/me/registry-changes', {
    config: self,
    schema: {
      tags,
      response: { 200: myRegistryForm.extend({ items: z.array(registryChangeView) }) },
    },
    handler: (req) => myRegistry(req.ctx),
  });
  app.post('/me/registry-changes', {
    config: self,
    schema: { tags, body: myRegistryChangeInput, response: { 201: registryChangeView } },
    handler: async (req, reply) => reply.code(201).send(await proposeOwnChange(req.ctx, req.body)),
  });
}

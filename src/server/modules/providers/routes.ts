import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { providerInput, providerView } from '../../../core/providers/contract';
import { createProvider, listProviders, updateProvider } from './service';

export async function providerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['providers'];

  app.get('/providers', {
    config: { permission: 'providers.read' },
    schema: { tags, response: { 200: z.object({ items: z.array(providerView) }) } },
    handler: async (req) => ({ items: await listProviders(req.ctx) }),
  });

  app.post('/providers', {
    config: { permission: 'providers.manage' },
    schema: { tags, body: providerInput, response: { 201: providerView } },
    handler: async (req, reply) => reply.code(201).send(await createProvider(req.ctx, req.body)),
  });

  app.patch('/providers/:id', {
    config: { permission: 'providers.manage' },
    schema: {
      tags,
      params: z.object({ id: z.uuid('编号无效') }),
      body: providerInput,
      response: { 200: providerView },
    },
    handler: (req) => updateProvider(req.ctx, req.params.id, req.body),
  });
}

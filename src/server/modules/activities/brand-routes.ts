import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brandInput, brandListQuery, brandView } from '../../../core/activities/brands-contract';
import { createBrand, deleteBrand, listBrands } from './brands';

/** 品牌: the list of service brands each unit keeps for its activities. */
export async function brandRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  app.get('/brands', {
    config: { permission: 'activities.read' },
    schema: { tags, querystring: brandListQuery, response: { 200: z.object({ items: z.array(brandView) }) } },
    handler: async (req) => ({ items: await listBrands(req.ctx, req.query.usableBy) }),
  });
  app.post('/brands', {
    config: { permission: 'brands.manage' },
    schema: { tags, body: brandInput, response: { 201: brandView } },
    handler: async (req, reply) => reply.code(201).send(await createBrand(req.ctx, req.body)),
  });
  app.delete('/brands/:id', {
    config: { permission: 'brands.manage' },
    schema: { tags, params: z.object({ id: z.uuid('编号无效') }) },
    handler: async (req, reply) => {
      await deleteBrand(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
}

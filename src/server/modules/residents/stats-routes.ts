import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { populationParagraph, populationStats } from '../../../core/residents/stats';
import { populationStats as computeStats } from './stats';

export async function populationStatsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/org-units/:id/population-stats', {
    config: { permission: 'population-stats.read' },
    schema: {
      tags: ['population-stats'],
      params: z.object({ id: z.uuid('编号无效') }),
      querystring: z.object({ asOf: z.iso.date('日期格式应为 YYYY-MM-DD').optional() }),
      response: { 200: populationStats.extend({ paragraph: z.string() }) },
    },
    handler: async (req) => {
      const stats = await computeStats(req.ctx, req.params.id, req.query.asOf ?? req.ctx.clock.today());
      return { ...stats, paragraph: populationParagraph(stats) };
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { homeFigures } from '../../../core/reporting/home-figures-contract';
import { homeFigures as computeHomeFigures } from './home-figures';

/** `GET /home/figures`: the figures card on the home of a street or the district. */
export function homeFiguresRoutes(fastify: FastifyInstance) {
  fastify.withTypeProvider<ZodTypeProvider>().get('/home/figures', {
    config: { permission: 'service-figures.read' },
    schema: { tags: ['reporting'], response: { 200: homeFigures } },
    handler: (req) => computeHomeFigures(req.ctx),
  });
}

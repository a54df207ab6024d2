import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commendationCreated,
  commendationInput,
  commendationListQuery,
  commendationView,
  rankingQuery,
  rankingView,
} from '../../../core/volunteers/contract';
import { commendationsOfVolunteer, createCommendation, listCommendations } from './commendations';
import { volunteerRankings } from './rankings';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Commendations (表扬) and the monthly and yearly rankings they are decided on. */
export async function commendationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];
  const list = z.object({ items: z.array(commendationView) });

  app.get('/commendations', {
    config: { permission: 'volunteers.read' },
    schema: { tags, querystring: commendationListQuery, response: { 200: list } },
    handler: async (req) => ({ items: await listCommendations(req.ctx, req.query) }),
  });
  app.get('/volunteers/:id/commendations', {
    config: { permission: 'volunteers.read' },
    schema: { tags, params: idParams, response: { 200: list } },
    handler: async (req) => ({ items: await commendationsOfVolunteer(req.ctx, req.params.id) }),
  });
  app.post('/commendations', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, body: commendationInput, response: { 201: commendationCreated } },
    handler: async (req, reply) => reply.code(201).send(await createCommendation(req.ctx, req.body)),
  });
  app.get('/volunteer-rankings', {
    config: { permission: 'volunteers.read' },
    schema: { tags, querystring: rankingQuery, response: { 200: rankingView } },
    handler: (req) => volunteerRankings(req.ctx, req.query),
  });
}

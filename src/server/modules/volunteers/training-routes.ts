import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  trainingChain,
  trainingInput,
  trainingListQuery,
  trainingView,
} from '../../../core/volunteers/contract';
import {
  trainingChain as chainOf,
  createTraining,
  deleteTraining,
  getTraining,
  listTrainings,
  trainingsOfVolunteer,
  updateTraining,
} from './trainings';

const idParams = z.object({ id: z.uuid('编号无效') });
const periodQuery = trainingListQuery.pick({ from: true, to: true });

/** Volunteer trainings (培训) and the 社工教骨干、骨干带全员 chain. */
export async function trainingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];
  const list = z.object({ items: z.array(trainingView) });

  app.get('/volunteer-trainings', {
    config: { permission: 'volunteers.read' },
    schema: { tags, querystring: trainingListQuery, response: { 200: list } },
    handler: async (req) => ({ items: await listTrainings(req.ctx, req.query) }),
  });
  app.get('/volunteer-trainings/chain', {
    config: { permission: 'volunteers.read' },
    schema: { tags, querystring: periodQuery, response: { 200: trainingChain } },
    handler: (req) => chainOf(req.ctx, req.query),
  });
  app.get('/volunteer-trainings/:id', {
    config: { permission: 'volunteers.read' },
    schema: { tags, params: idParams, response: { 200: trainingView } },
    handler: (req) => getTraining(req.ctx, req.params.id),
  });
  app.get('/volunteers/:id/trainings', {
    config: { permission: 'volunteers.read' },
    schema: { tags, params: idParams, response: { 200: list } },
    handler: async (req) => ({ items: await trainingsOfVolunteer(req.ctx, req.params.id) }),
  });
  app.post('/volunteer-trainings', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, body: trainingInput, response: { 201: trainingView } },
    handler: async (req, reply) => reply.code(201).send(await createTraining(req.ctx, req.body)),
  });
  app.put('/volunteer-trainings/:id', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: trainingInput, response: { 200: trainingView } },
    handler: (req) => updateTraining(req.ctx, req.params.id, req.body),
  });
  app.delete('/volunteer-trainings/:id', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deleteTraining(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
}

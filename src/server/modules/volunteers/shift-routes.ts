import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkTimeInput,
  ownPositionView,
  positionInput,
  positionUpdateInput,
  positionView,
  shiftView,
} from '../../../core/volunteers/contract';
import {
  cancelMyShift,
  checkIn,
  checkOut,
  createPosition,
  deletePosition,
  listPositions,
  openPositionsForMe,
  positionRoster,
  signUpMyself,
  signUpVolunteer,
  updatePosition,
} from './shifts';

const idParams = z.object({ id: z.uuid('编号无效') });
const read = { permission: 'volunteers.read' } as const;
const manage = { permission: 'volunteers.manage' } as const;
const self = { permission: 'volunteers.self' } as const;

/** Positions (岗位) at activities, sign-ups (排班) and check-in/out. */
export async function shiftRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];
  const shifts = z.object({ items: z.array(shiftView) });

  app.get('/activities/:id/volunteer-positions', {
    config: read,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(positionView) }) } },
    handler: async (req) => ({ items: await listPositions(req.ctx, req.params.id) }),
  });
  app.post('/activities/:id/volunteer-positions', {
    config: manage,
    schema: { tags, params: idParams, body: positionInput, response: { 201: positionView } },
    handler: async (req, reply) =>
      reply.code(201).send(await createPosition(req.ctx, req.params.id, req.body)),
  });
  app.patch('/volunteer-positions/:id', {
    config: manage,
    schema: { tags, params: idParams, body: positionUpdateInput, response: { 200: positionView } },
    handler: (req) => updatePosition(req.ctx, req.params.id, req.body),
  });
  app.delete('/volunteer-positions/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deletePosition(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.get('/volunteer-positions/:id/shifts', {
    config: read,
    schema: { tags, params: idParams, response: { 200: shifts } },
    handler: async (req) => ({ items: await positionRoster(req.ctx, req.params.id) }),
  });
  // Staff sign a volunteer of their community up (e.g. one without a phone).
  app.post('/volunteer-positions/:id/roster', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: z.object({ volunteerId: z.uuid('志愿者编号无效') }),
      response: { 201: shiftView },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await signUpVolunteer(req.ctx, req.params.id, req.body.volunteerId)),
  });
  app.post('/volunteer-shifts/:id/check-in', {
    config: manage,
    schema: { tags, params: idParams, body: checkTimeInput, response: { 200: shiftView } },
    handler: (req) => checkIn(req.ctx, req.params.id, req.body.at),
  });
  app.post('/volunteer-shifts/:id/check-out', {
    config: manage,
    schema: { tags, params: idParams, body: checkTimeInput, response: { 200: shiftView } },
    handler: (req) => checkOut(req.ctx, req.params.id, req.body.at),
  });

  app.get('/me/volunteer-positions', {
    config: self,
    schema: { tags, response: { 200: z.object({ items: z.array(ownPositionView) }) } },
    handler: async (req) => ({ items: await openPositionsForMe(req.ctx) }),
  });
  app.post('/volunteer-positions/:id/shifts', {
    config: self,
    schema: { tags, params: idParams, response: { 201: shiftView } },
    handler: async (req, reply) => reply.code(201).send(await signUpMyself(req.ctx, req.params.id)),
  });
  app.delete('/me/volunteer-shifts/:id', {
    config: self,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await cancelMyShift(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
}

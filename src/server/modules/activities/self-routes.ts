import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkInOutcome,
  myActivity,
  myRegistration,
  registerOutcome,
} from '../../../core/activities/self-service-contract';
import { checkInWithCode } from './check-in';
import { myRegistrations } from './my-registrations';
import { cancelSelf, openActivitiesFor, registerSelf } from './self-service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** The phone pages of a resident or volunteer: open activities, sign up, cancel, check in, 我的活动. */
export async function selfServiceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['self-service'];
  const join = { permission: 'activities.join' } as const;

  app.get('/me/activities', {
    config: join,
    schema: { tags, response: { 200: z.object({ items: z.array(myActivity) }) } },
    handler: async (req) => ({ items: await openActivitiesFor(req.ctx) }),
  });
  // 我的活动: my registrations ahead and behind, with waitlist places and check-ins.
  app.get('/me/registrations', {
    config: join,
    schema: { tags, response: { 200: z.object({ items: z.array(myRegistration) }) } },
    handler: async (req) => ({ items: await myRegistrations(req.ctx) }),
  });
  app.post('/me/activities/:id/registration', {
    config: join,
    schema: { tags, params: idParams, response: { 201: registerOutcome } },
    handler: async (req, reply) => reply.code(201).send(await registerSelf(req.ctx, req.params.id)),
  });
  app.delete('/me/activities/:id/registration', {
    config: join,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await cancelSelf(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.post('/me/check-in', {
    config: join,
    schema: {
      tags,
      body: z.object({ code: z.string().min(10).max(200) }),
      response: { 200: checkInOutcome },
    },
    handler: (req) => checkInWithCode(req.ctx, req.body.code),
  });
}

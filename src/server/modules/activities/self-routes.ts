import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkInOutcome,
  markReadInput,
  myActivity,
  myNotificationList,
  registerOutcome,
} from '../../../core/activities/self-service-contract';
import { residentOfUser } from '../residents/service';
import { checkInWithCode } from './check-in';
import {
  cancelSelf,
  markNotificationsRead,
  myNotifications,
  openActivitiesFor,
  registerSelf,
} from './self-service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** The phone pages of a resident or volunteer: open activities, sign up, cancel, check in, messages. */
export async function selfServiceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['self-service'];
  const join = { permission: 'activities.join' } as const;
  const me = (userId: string) => residentOfUser(app.db, userId);

  app.get('/me/activities', {
    config: join,
    schema: { tags, response: { 200: z.object({ items: z.array(myActivity) }) } },
    handler: async (req) => ({
      items: await openActivitiesFor(app.db, req.actor, await me(req.actor.userId)),
    }),
  });
  app.post('/me/activities/:id/registration', {
    config: join,
    schema: { tags, params: idParams, response: { 201: registerOutcome } },
    handler: async (req, reply) =>
      reply.code(201).send(await registerSelf(app.db, req.actor, await me(req.actor.userId), req.params.id)),
  });
  app.delete('/me/activities/:id/registration', {
    config: join,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await cancelSelf(app.db, req.actor, await me(req.actor.userId), req.params.id);
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
    handler: async (req) =>
      checkInWithCode(app.db, app.fieldCrypto, req.actor, await me(req.actor.userId), req.body.code),
  });
  app.get('/me/notifications', {
    config: join,
    schema: { tags, response: { 200: myNotificationList } },
    handler: async (req) => myNotifications(app.db, await me(req.actor.userId)),
  });
  app.post('/me/notifications/read', {
    config: join,
    schema: { tags, body: markReadInput, response: { 200: myNotificationList } },
    handler: async (req) => markNotificationsRead(app.db, await me(req.actor.userId), req.body.ids),
  });
}

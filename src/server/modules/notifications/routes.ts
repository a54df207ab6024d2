import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { markReadInput, myNotificationList } from '../../../core/notifications/contract';
import { markMyNotificationsRead, myNotifications } from './service';

/** The messages on a resident's or volunteer's phone page: the list, and marking them read. */
export async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['self-service'];
  const read = { permission: 'notifications.read' } as const;

  app.get('/me/notifications', {
    config: read,
    schema: { tags, response: { 200: myNotificationList } },
    handler: (req) => myNotifications(req.ctx),
  });
  app.post('/me/notifications/read', {
    config: read,
    schema: { tags, body: markReadInput, response: { 200: myNotificationList } },
    handler: (req) => markMyNotificationsRead(req.ctx, req.body.ids),
  });
}

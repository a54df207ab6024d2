import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { localeInput, meView, passwordChangeInput } from '../../../core/users/contract';
import { changeOwnPassword, getOwnProfile, setOwnLocale, signOutEverywhere } from './service';

/** The signed-in user's own account: who am I, language, password, sessions. */
export async function meRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['me'];

  app.get('/me', {
    config: { permission: 'authenticated' },
    schema: { tags, response: { 200: meView } },
    handler: async (req) => ({
      user: await getOwnProfile(req.ctx),
      memberships: req.actor.memberships,
      currentMembershipId: req.actor.membership.id,
      permissions: [...req.actor.permissions],
    }),
  });

  app.put('/me/locale', {
    config: { permission: 'authenticated' },
    schema: { tags, body: localeInput },
    handler: async (req, reply) => {
      await setOwnLocale(req.ctx, req.body.locale);
      return reply.code(204).send();
    },
  });

  app.post('/me/password', {
    config: { permission: 'authenticated' },
    schema: { tags, body: passwordChangeInput },
    handler: async (req, reply) => {
      await changeOwnPassword(req.ctx, req.body, req.sessionToken);
      return reply.code(204).send();
    },
  });

  app.post('/me/sign-out-everywhere', {
    config: { permission: 'authenticated' },
    schema: { tags },
    handler: async (req, reply) => {
      await signOutEverywhere(req.ctx);
      return reply.code(204).send();
    },
  });
}

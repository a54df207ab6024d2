import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  membershipCreateInput,
  passwordResetInput,
  userCreateInput,
  userListQuery,
  userRow,
  userUpdateInput,
} from '../../../core/users/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import {
  addMembership,
  createUser,
  getUser,
  listUsers,
  removeMembership,
  resetUserPassword,
  updateUser,
} from './service';

const userParams = z.object({ id: z.string().min(1).max(64) });

export async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  app.get('/users', {
    config: { permission: 'users.read' },
    schema: { tags, querystring: userListQuery.extend(pageQuery.shape), response: { 200: pageOf(userRow) } },
    handler: (req) => listUsers(req.ctx, req.query),
  });

  app.get('/users/:id', {
    config: { permission: 'users.read' },
    schema: { tags, params: userParams, response: { 200: userRow } },
    handler: (req) => getUser(req.ctx, req.params.id),
  });

  app.post('/users', {
    config: { permission: 'users.manage' },
    schema: { tags, body: userCreateInput, response: { 201: userRow } },
    handler: async (req, reply) => reply.code(201).send(await createUser(req.ctx, req.body)),
  });

  app.patch('/users/:id', {
    config: { permission: 'users.manage' },
    schema: { tags, params: userParams, body: userUpdateInput, response: { 200: userRow } },
    handler: (req) => updateUser(req.ctx, req.params.id, req.body),
  });

  app.post('/users/:id/reset-password', {
    config: { permission: 'users.manage' },
    schema: { tags, params: userParams, body: passwordResetInput },
    handler: async (req, reply) => {
      await resetUserPassword(req.ctx, req.params.id, req.body.newPassword);
      return reply.code(204).send();
    },
  });

  app.post('/memberships', {
    config: { permission: 'users.manage' },
    schema: { tags, body: membershipCreateInput, response: { 201: userRow } },
    handler: async (req, reply) => reply.code(201).send(await addMembership(req.ctx, req.body)),
  });

  app.delete('/memberships/:id', {
    config: { permission: 'users.manage' },
    schema: { tags, params: z.object({ id: z.uuid('编号无效') }) },
    handler: async (req, reply) => {
      await removeMembership(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  teamDetail,
  teamInput,
  teamMemberInput,
  teamMemberRemoveInput,
  teamNode,
  teamView,
} from '../../../core/volunteers/contract';
import {
  addTeamMember,
  createTeam,
  deleteTeam,
  getTeam,
  removeTeamMember,
  teamTree,
  updateTeam,
} from './teams';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Volunteer teams (志愿队): 社区总支 with 小区分支, their members and leaders. */
export async function teamRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];

  app.get('/volunteer-teams', {
    config: { permission: 'volunteers.read' },
    schema: { tags, response: { 200: z.object({ items: z.array(teamNode) }) } },
    handler: async (req) => ({ items: await teamTree(req.ctx) }),
  });
  app.get('/volunteer-teams/:id', {
    config: { permission: 'volunteers.read' },
    schema: { tags, params: idParams, response: { 200: teamDetail } },
    handler: (req) => getTeam(req.ctx, req.params.id),
  });
  app.post('/volunteer-teams', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, body: teamInput, response: { 201: teamView } },
    handler: async (req, reply) => reply.code(201).send(await createTeam(req.ctx, req.body)),
  });
  app.put('/volunteer-teams/:id', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: teamInput, response: { 200: teamView } },
    handler: (req) => updateTeam(req.ctx, req.params.id, req.body),
  });
  app.delete('/volunteer-teams/:id', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deleteTeam(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.post('/volunteer-teams/:id/members', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: teamMemberInput, response: { 200: teamDetail } },
    handler: (req) => addTeamMember(req.ctx, req.params.id, req.body),
  });
  // A body names the member, so the route walks like the others (one id in the path).
  app.post('/volunteer-teams/:id/members/remove', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: teamMemberRemoveInput, response: { 200: teamDetail } },
    handler: (req) => removeTeamMember(req.ctx, req.params.id, req.body.volunteerId),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ownVolunteerView,
  volunteerApplicationInput,
  volunteerCreateInput,
  volunteerDetail,
  volunteerListQuery,
  volunteerRejectInput,
  volunteerReveal,
  volunteerRevealInput,
  volunteerStatusInput,
  volunteerSummary,
  volunteerUpdateInput,
} from '../../../core/volunteers/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { selectedIdsQuery } from '../../http/selection';
import { applyAsVolunteer, approveVolunteer, createVolunteer, rejectVolunteer } from './enrolment';
import {
  getVolunteer,
  listVolunteers,
  ownVolunteer,
  revealVolunteer,
  setVolunteerStatus,
  updateVolunteer,
} from './registry';
import { exportVolunteers } from './registry-export';

const idParams = z.object({ id: z.uuid('编号无效') });

/** The volunteer registry (志愿者): staff lists and screening, and the phone's own application. */
export async function registryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];

  app.get('/volunteers', {
    config: { permission: 'volunteers.read' },
    schema: {
      tags,
      querystring: volunteerListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(volunteerSummary) },
    },
    handler: (req) => listVolunteers(req.ctx, req.query),
  });
  app.get('/volunteers/export', {
    config: { permission: 'volunteers.read' },
    schema: { tags, querystring: volunteerListQuery.extend(selectedIdsQuery.shape) },
    handler: async (req, reply) => {
      const { ids, ...filter } = req.query;
      const file = await exportVolunteers(req.ctx, filter, ids);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('志愿者名册.xlsx')}`,
        )
        .send(file);
    },
  });
  app.get('/volunteers/:id', {
    config: { permission: 'volunteers.read' },
    schema: { tags, params: idParams, response: { 200: volunteerDetail } },
    handler: (req) => getVolunteer(req.ctx, req.params.id),
  });
  app.post('/volunteers/:id/reveal', {
    config: { permission: 'volunteers.reveal' },
    schema: { tags, params: idParams, body: volunteerRevealInput, response: { 200: volunteerReveal } },
    handler: (req) => revealVolunteer(req.ctx, req.params.id, req.body.reason),
  });
  app.post('/volunteers', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, body: volunteerCreateInput, response: { 201: volunteerDetail } },
    handler: async (req, reply) => reply.code(201).send(await createVolunteer(req.ctx, req.body)),
  });
  app.patch('/volunteers/:id', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: volunteerUpdateInput, response: { 200: volunteerDetail } },
    handler: (req) => updateVolunteer(req.ctx, req.params.id, req.body),
  });
  app.post('/volunteers/:id/status', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: volunteerStatusInput, response: { 200: volunteerDetail } },
    handler: (req) => setVolunteerStatus(req.ctx, req.params.id, req.body),
  });
  app.post('/volunteers/:id/approve', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, response: { 200: volunteerDetail } },
    handler: (req) => approveVolunteer(req.ctx, req.params.id),
  });
  app.post('/volunteers/:id/reject', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, params: idParams, body: volunteerRejectInput, response: { 200: volunteerDetail } },
    handler: (req) => rejectVolunteer(req.ctx, req.params.id, req.body.reason),
  });

  // The phone: a signed-in resident applies, then follows the application.
  app.post('/me/volunteer-application', {
    config: { permission: 'volunteers.self' },
    schema: { tags, body: volunteerApplicationInput, response: { 201: ownVolunteerView } },
    handler: async (req, reply) => reply.code(201).send(await applyAsVolunteer(req.ctx, req.body)),
  });
  app.get('/me/volunteer', {
    config: { permission: 'volunteers.self' },
    schema: { tags, response: { 200: ownVolunteerView } },
    handler: (req) => ownVolunteer(req.ctx),
  });
}

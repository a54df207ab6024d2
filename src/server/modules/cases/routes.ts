import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseAdvanceInput,
  caseDetail,
  caseListQuery,
  caseOpenInput,
  caseProjectInput,
  caseRecordInput,
  caseSummary,
  caseSupervisor,
  caseSupervisorQuery,
} from '../../../core/cases/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { listCases, listSupervisors } from './case-list';
import { addCaseRecord, advanceCase, changeCaseProject, getCase, openCase } from './service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Casework (个案). Regular home visits (探访) live in visit-routes.ts. */
export async function caseRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  app.get('/cases', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      querystring: caseListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(caseSummary) },
    },
    handler: (req) => listCases(req.ctx, req.query),
  });
  // For the open-case form: who may be named supervisor.
  app.get('/cases/supervisors', {
    config: { permission: 'cases.manage' },
    schema: {
      tags,
      querystring: caseSupervisorQuery,
      response: { 200: z.object({ items: z.array(caseSupervisor) }) },
    },
    handler: async (req) => ({ items: await listSupervisors(req.ctx, req.query.residentId) }),
  });
  app.get('/cases/:id', {
    config: { permission: 'cases.read' },
    schema: { tags, params: idParams, response: { 200: caseDetail } },
    handler: (req) => getCase(req.ctx, req.params.id),
  });
  app.post('/cases', {
    config: { permission: 'cases.manage' },
    schema: { tags, body: caseOpenInput, response: { 201: caseDetail } },
    handler: async (req, reply) => reply.code(201).send(await openCase(req.ctx, req.body)),
  });
  app.post('/cases/:id/records', {
    config: { permission: 'cases.manage' },
    schema: { tags, params: idParams, body: caseRecordInput, response: { 200: caseDetail } },
    handler: (req) => addCaseRecord(req.ctx, req.params.id, req.body),
  });
  app.post('/cases/:id/advance', {
    config: { permission: 'cases.manage' },
    schema: { tags, params: idParams, body: caseAdvanceInput, response: { 200: caseDetail } },
    handler: (req) => advanceCase(req.ctx, req.params.id, req.body),
  });
  app.patch('/cases/:id/project', {
    config: { permission: 'cases.manage' },
    schema: { tags, params: idParams, body: caseProjectInput, response: { 200: caseDetail } },
    handler: (req) => changeCaseProject(req.ctx, req.params.id, req.body),
  });
}

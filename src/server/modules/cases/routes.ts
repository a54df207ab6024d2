import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseAdvanceInput,
  caseDetail,
  caseOpenInput,
  caseRecordInput,
  caseStages,
  caseSummary,
  visitInput,
  visitPlanInput,
} from '../../../core/cases/contract';
import { today } from '../residents/mapping';
import { addCaseRecord, advanceCase, getCase, listCases, openCase } from './service';
import { overdueVisits, recordVisit, setVisitPlan, visitsOf } from './visits';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Casework (个案) and regular home visits (探访). */
export async function caseRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const crypto = app.fieldCrypto;

  app.get('/cases', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      querystring: z.object({ stage: z.enum(caseStages).optional() }),
      response: { 200: z.object({ items: z.array(caseSummary) }) },
    },
    handler: async (req) => ({ items: await listCases(app.db, req.actor, req.query.stage) }),
  });
  app.get('/cases/:id', {
    config: { permission: 'cases.read' },
    schema: { tags, params: idParams, response: { 200: caseDetail } },
    handler: (req) => getCase(app.db, crypto, req.actor, req.params.id),
  });
  app.post('/cases', {
    config: { permission: 'cases.manage' },
    schema: { tags, body: caseOpenInput, response: { 201: caseDetail } },
    handler: async (req, reply) => reply.code(201).send(await openCase(app.db, crypto, req.actor, req.body)),
  });
  app.post('/cases/:id/records', {
    config: { permission: 'cases.manage' },
    schema: { tags, params: idParams, body: caseRecordInput, response: { 200: caseDetail } },
    handler: (req) => addCaseRecord(app.db, crypto, req.actor, req.params.id, req.body),
  });
  app.post('/cases/:id/advance', {
    config: { permission: 'cases.manage' },
    schema: { tags, params: idParams, body: caseAdvanceInput, response: { 200: caseDetail } },
    handler: (req) => advanceCase(app.db, crypto, req.actor, req.params.id, req.body),
  });
  app.put('/visit-plans', {
    config: { permission: 'cases.manage' },
    schema: { tags, body: visitPlanInput },
    handler: async (req, reply) => {
      await setVisitPlan(app.db, req.actor, req.body);
      return reply.code(204).send();
    },
  });
  app.post('/visits', {
    config: { permission: 'cases.manage' },
    schema: { tags, body: visitInput },
    handler: async (req, reply) =>
      reply.code(201).send(await recordVisit(app.db, crypto, req.actor, req.body)),
  });
  app.get('/visits/overdue', {
    config: { permission: 'cases.read' },
    schema: { tags, querystring: z.object({ asOf: z.iso.date().optional() }) },
    handler: async (req) => ({ items: await overdueVisits(app.db, req.actor, req.query.asOf ?? today()) }),
  });
  app.get('/residents/:id/visits', {
    config: { permission: 'cases.read' },
    schema: { tags, params: idParams },
    handler: async (req) => ({ items: await visitsOf(app.db, crypto, req.actor, req.params.id) }),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  followUpInput,
  residentVisits,
  visitInput,
  visitListQuery,
  visitPlanBulkInput,
  visitPlanBulkResult,
  visitPlanInput,
  visitPlanListQuery,
  visitPlanRow,
  visitPlanTotals,
  visitRow,
} from '../../../core/cases/visits-contract';
import { pageOf, pageQuery } from '../../http/pagination';
import {
  endVisitPlan,
  listVisitPlans,
  overdueVisits,
  setVisitPlan,
  setVisitPlansForGroup,
} from './visit-plans';
import { listVisits, markFollowUpDone, recordVisit, visitsOf } from './visits';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Regular home visits (探访): plans, records, follow-up and the overdue list. */
export async function visitRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits'];
  const read = { permission: 'cases.read' } as const;
  const manage = { permission: 'cases.manage' } as const;

  app.get('/visit-plans', {
    config: read,
    schema: {
      tags,
      querystring: visitPlanListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(visitPlanRow).extend({ totals: visitPlanTotals }) },
    },
    handler: (req) => listVisitPlans(req.ctx, req.query),
  });
  app.put('/visit-plans', {
    config: manage,
    schema: { tags, body: visitPlanInput },
    handler: async (req, reply) => {
      await setVisitPlan(req.ctx, req.body);
      return reply.code(204).send();
    },
  });
  app.post('/visit-plans/bulk', {
    config: manage,
    schema: { tags, body: visitPlanBulkInput, response: { 200: visitPlanBulkResult } },
    handler: (req) => setVisitPlansForGroup(req.ctx, req.body),
  });
  // The id is the resident's: a resident has at most one plan.
  app.delete('/visit-plans/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await endVisitPlan(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.get('/visits', {
    config: read,
    schema: {
      tags,
      querystring: visitListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(visitRow) },
    },
    handler: (req) => listVisits(req.ctx, req.query),
  });
  app.post('/visits', {
    config: manage,
    schema: { tags, body: visitInput, response: { 201: z.object({ id: z.string() }) } },
    handler: async (req, reply) => reply.code(201).send(await recordVisit(req.ctx, req.body)),
  });
  app.patch('/visits/:id/follow-up', {
    config: manage,
    schema: { tags, params: idParams, body: followUpInput },
    handler: async (req, reply) => {
      await markFollowUpDone(req.ctx, req.params.id, req.body);
      return reply.code(204).send();
    },
  });
  app.get('/visits/overdue', {
    config: read,
    schema: {
      tags,
      response: { 200: z.object({ asOf: z.string(), items: z.array(visitPlanRow) }) },
    },
    handler: (req) => overdueVisits(req.ctx),
  });
  app.get('/residents/:id/visits', {
    config: read,
    schema: { tags, params: idParams, response: { 200: residentVisits } },
    handler: (req) => visitsOf(req.ctx, req.params.id),
  });
}

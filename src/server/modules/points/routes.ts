import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adjustmentInput,
  myPoints,
  pointsAccountListQuery,
  pointsAccountSummary,
  pointsFiguresQuery,
  pointsFiguresRow,
  pointsLedgerPage,
  pointsRuleInput,
  pointsRulesAnswer,
  pointsRuleView,
  reverseEntryInput,
} from '../../../core/points/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { volunteerOfUser } from '../volunteers/service';
import {
  adjustVolunteerPoints,
  listPointsAccounts,
  myPointsOf,
  pointsLedgerOf,
  reverseLedgerEntry,
} from './accounts';
import { addPointsRuleVersion, pointsRulesOfUnit } from './rule-versions';
import { pointsFigures } from './service';

// `:id` is the volunteer's id under /points-accounts and the entry's under /points-ledger.
const idParams = z.object({ id: z.uuid('编号无效') });

/** Start of an Asia/Shanghai calendar day (China keeps no daylight saving time). */
const shanghaiDayStart = (day: string, plusDays = 0) =>
  new Date(new Date(`${day}T00:00:00+08:00`).getTime() + plusDays * 86_400_000);

/** Points rules, accounts and the ledger (积分). */
export async function pointsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['points'];

  app.get('/points-rules', {
    config: { permission: 'points.read' },
    schema: { tags, response: { 200: pointsRulesAnswer } },
    handler: (req) => pointsRulesOfUnit(req.ctx),
  });
  app.post('/points-rules', {
    config: { permission: 'points.manage' },
    schema: { tags, body: pointsRuleInput, response: { 201: pointsRuleView } },
    handler: async (req, reply) => reply.code(201).send(await addPointsRuleVersion(req.ctx, req.body)),
  });
  app.get('/points-accounts', {
    config: { permission: 'points.read' },
    schema: {
      tags,
      querystring: pointsAccountListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(pointsAccountSummary) },
    },
    handler: (req) => listPointsAccounts(req.ctx, req.query),
  });
  app.get('/points-accounts/:id/ledger', {
    config: { permission: 'points.read' },
    schema: { tags, params: idParams, querystring: pageQuery, response: { 200: pointsLedgerPage } },
    handler: (req) => pointsLedgerOf(req.ctx, req.params.id, req.query),
  });
  app.post('/points-accounts/:id/adjustments', {
    config: { permission: 'points.manage' },
    schema: { tags, params: idParams, body: adjustmentInput, response: { 201: pointsAccountSummary } },
    handler: async (req, reply) =>
      reply.code(201).send(await adjustVolunteerPoints(req.ctx, req.params.id, req.body)),
  });
  app.post('/points-ledger/:id/reverse', {
    config: { permission: 'points.manage' },
    schema: { tags, params: idParams, body: reverseEntryInput },
    handler: async (req, reply) => {
      await reverseLedgerEntry(req.ctx, req.params.id, req.body.reason);
      return reply.code(204).send();
    },
  });
  app.get('/points-figures', {
    config: { permission: 'points.read' },
    schema: {
      tags,
      querystring: pointsFiguresQuery,
      response: { 200: z.object({ items: z.array(pointsFiguresRow) }) },
    },
    handler: async (req) => ({
      items: await pointsFigures(
        req.ctx,
        shanghaiDayStart(req.query.from),
        shanghaiDayStart(req.query.to, 1),
      ),
    }),
  });
  app.get('/me/points', {
    config: { permission: 'points.self' },
    schema: { tags, response: { 200: myPoints } },
    handler: async (req) => myPointsOf(req.ctx, await volunteerOfUser(req.ctx)),
  });
}

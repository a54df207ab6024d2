import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditListQuery, auditRow } from '../../../core/audit/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { listAudit } from './audit-list';

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/audit', {
    config: { permission: 'audit.read' },
    schema: {
      tags: ['audit'],
      querystring: auditListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(auditRow) },
    },
    handler: (req) => listAudit(req.ctx, req.query),
  });
}

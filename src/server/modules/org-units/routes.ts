import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  orgUnitCreateInput,
  orgUnitDetail,
  orgUnitListQuery,
  orgUnitUpdateInput,
  orgUnitView,
} from '../../../core/org-units/contract';
import { createOrgUnit, getOrgUnit, listOrgUnits, renameOrgUnit } from './service';

const idParams = z.object({ id: z.uuid('编号无效') });

export async function orgUnitRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['org-units'];

  app.get('/org-units', {
    config: { permission: 'org-units.read' },
    schema: {
      tags,
      querystring: orgUnitListQuery,
      response: { 200: z.object({ items: z.array(orgUnitView) }) },
    },
    handler: async (req) => ({ items: await listOrgUnits(req.ctx, req.query) }),
  });

  app.get('/org-units/:id', {
    config: { permission: 'org-units.read' },
    schema: { tags, params: idParams, response: { 200: orgUnitDetail } },
    handler: (req) => getOrgUnit(req.ctx, req.params.id),
  });

  app.post('/org-units', {
    config: { permission: 'org-units.manage' },
    schema: { tags, body: orgUnitCreateInput, response: { 201: orgUnitView } },
    handler: async (req, reply) => reply.code(201).send(await createOrgUnit(req.ctx, req.body)),
  });

  app.patch('/org-units/:id', {
    config: { permission: 'org-units.manage' },
    schema: { tags, params: idParams, body: orgUnitUpdateInput, response: { 200: orgUnitView } },
    handler: (req) => renameOrgUnit(req.ctx, req.params.id, req.body.name),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceFigures, serviceFiguresQuery } from '../../../core/activities/contract';
import { residentServiceEntry } from '../../../core/activities/timeline-contract';
import {
  deliberationFigures,
  deliberationFiguresQuery,
} from '../../../core/reporting/deliberation-figures-contract';
import { volunteerFigures, volunteerFiguresQuery } from '../../../core/reporting/volunteer-figures-contract';
import { deliberationFigures as computeDeliberationFigures } from './deliberation-figures';
import { homeFiguresRoutes } from './home-routes';
import { serviceFigures as computeFigures, serviceFiguresWorkbook, servicesReceived } from './service';
import { volunteerFigures as computeVolunteerFigures } from './volunteer-figures';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Read models across modules: the service figures (and 服务统计表.xlsx), volunteering, a resident's services. */
export async function reportingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['reporting'];
  const figures = { permission: 'service-figures.read' } as const;
  homeFiguresRoutes(fastify);

  app.get('/residents/:id/services', {
    config: { permission: 'residents.read' },
    schema: {
      tags,
      params: idParams,
      response: { 200: z.object({ items: z.array(residentServiceEntry) }) },
    },
    handler: async (req) => ({ items: await servicesReceived(req.ctx, req.params.id) }),
  });
  app.get('/service-figures', {
    config: figures,
    schema: { tags, querystring: serviceFiguresQuery, response: { 200: serviceFigures } },
    handler: (req) => computeFigures(req.ctx, req.query),
  });
  app.get('/volunteer-figures', {
    config: figures,
    schema: { tags, querystring: volunteerFiguresQuery, response: { 200: volunteerFigures } },
    handler: (req) => computeVolunteerFigures(req.ctx, req.query),
  });
  app.get('/deliberation-figures', {
    config: figures,
    schema: { tags, querystring: deliberationFiguresQuery, response: { 200: deliberationFigures } },
    handler: (req) => computeDeliberationFigures(req.ctx, req.query),
  });
  app.get('/service-figures/export', {
    config: figures,
    schema: { tags, querystring: serviceFiguresQuery },
    handler: async (req, reply) => {
      const { file, fileName } = await serviceFiguresWorkbook(req.ctx, req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(file);
    },
  });
}

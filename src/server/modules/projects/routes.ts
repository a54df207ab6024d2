import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  projectCreateInput,
  projectListQuery,
  projectUpdateInput,
  projectView,
} from '../../../core/projects/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { createProject, getProject, listProjects, updateProject } from './service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Purchased service projects (项目): the purchaser's staff set them up, everyone under them reads. */
export async function projectRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  const read = { permission: 'projects.read' } as const;
  const manage = { permission: 'projects.manage' } as const;

  app.get('/projects', {
    config: read,
    schema: {
      tags,
      querystring: projectListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(projectView) },
    },
    handler: (req) => listProjects(req.ctx, req.query),
  });
  app.get('/projects/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: projectView } },
    handler: (req) => getProject(req.ctx, req.params.id),
  });
  app.post('/projects', {
    config: manage,
    schema: { tags, body: projectCreateInput, response: { 201: projectView } },
    handler: async (req, reply) => reply.code(201).send(await createProject(req.ctx, req.body)),
  });
  app.patch('/projects/:id', {
    config: manage,
    schema: { tags, params: idParams, body: projectUpdateInput, response: { 200: projectView } },
    handler: (req) => updateProject(req.ctx, req.params.id, req.body),
  });
}

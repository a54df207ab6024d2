import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { photoVariants } from '../../../core/activities/photo-limits';
import {
  suggestionDetail,
  suggestionList,
  suggestionListQuery,
  suggestionNeedInput,
  suggestionReplyInput,
  suggestionRouteInput,
} from '../../../core/suggestions/contract';
import { pageQuery } from '../../http/pagination';
import {
  closeSuggestion,
  getSuggestion,
  listSuggestions,
  openStaffPhoto,
  replySuggestion,
  routeSuggestion,
  suggestionToNeed,
} from './service';

const idParams = z.object({ id: z.uuid('编号无效') });
// An <img> cannot send X-Membership-Id; the links name the acting membership here instead.
const linkQuery = z.object({ membership: z.uuid().optional() });

/** 便民信箱 for staff: the list, one suggestion with its photos, 转办, 答复, 关闭, 转为需求. */
export async function suggestionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['suggestions'];
  const read = { permission: 'suggestions.read' } as const;
  const manage = { permission: 'suggestions.manage' } as const;

  app.get('/suggestions', {
    config: read,
    schema: {
      tags,
      querystring: suggestionListQuery.extend(pageQuery.shape),
      response: { 200: suggestionList },
    },
    handler: (req) => listSuggestions(req.ctx, req.query),
  });
  app.get('/suggestions/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: suggestionDetail } },
    handler: (req) => getSuggestion(req.ctx, req.params.id),
  });
  for (const variant of photoVariants) {
    app.get(`/suggestion-photos/:id/${variant}`, {
      config: read,
      schema: { tags, params: idParams, querystring: linkQuery },
      handler: async (req, reply) => {
        const file = await openStaffPhoto(req.ctx, req.params.id, variant);
        // A photo never changes (a new one gets a new id), so the browser may keep it.
        return reply
          .type('image/webp')
          .header('content-length', file.bytes)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(file.stream);
      },
    });
  }
  app.post('/suggestions/:id/route', {
    config: manage,
    schema: { tags, params: idParams, body: suggestionRouteInput, response: { 200: suggestionDetail } },
    handler: (req) => routeSuggestion(req.ctx, req.params.id, req.body),
  });
  app.post('/suggestions/:id/reply', {
    config: manage,
    schema: { tags, params: idParams, body: suggestionReplyInput, response: { 200: suggestionDetail } },
    handler: (req) => replySuggestion(req.ctx, req.params.id, req.body),
  });
  app.post('/suggestions/:id/close', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: suggestionDetail } },
    handler: (req) => closeSuggestion(req.ctx, req.params.id),
  });
  app.post('/suggestions/:id/need', {
    config: manage,
    schema: { tags, params: idParams, body: suggestionNeedInput, response: { 200: suggestionDetail } },
    handler: (req) => suggestionToNeed(req.ctx, req.params.id, req.body),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { communityProfileView, declaredProfile } from '../../../core/community-profiles/contract';
import { getCommunityProfile, saveCommunityProfile } from './service';

const params = z.object({ id: z.uuid('编号无效') });

export async function communityProfileRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['community-profiles'];

  app.get('/org-units/:id/profile', {
    config: { permission: 'community-profile.read' },
    schema: { tags, params, response: { 200: communityProfileView } },
    handler: (req) => getCommunityProfile(req.ctx, req.params.id),
  });

  app.put('/org-units/:id/profile', {
    config: { permission: 'community-profile.manage' },
    schema: { tags, params, body: declaredProfile, response: { 200: communityProfileView } },
    handler: (req) => saveCommunityProfile(req.ctx, req.params.id, req.body),
  });
}

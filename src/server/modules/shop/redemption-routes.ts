import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { myShopView, redeemInput, redemptionListQuery, redemptionView } from '../../../core/shop/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { listRedemptions } from './redemption-list';
import { collectRedemption } from './redemptions';
import { cancelRedemptionBy, myRedemptions, myShop, redeemItem } from './self-service';

const idParams = z.object({ id: z.uuid('编号无效') });

/** Redemptions (积分兑换): on the volunteer's phone and at the counter, pick-up and cancellation. */
export async function redemptionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['shop'];

  app.get('/me/shop', {
    config: { permission: 'shop.redeem' },
    schema: { tags, response: { 200: myShopView } },
    handler: (req) => myShop(req.ctx),
  });
  app.get('/me/redemptions', {
    config: { permission: 'shop.redeem' },
    schema: { tags, response: { 200: z.object({ items: z.array(redemptionView) }) } },
    handler: async (req) => ({ items: await myRedemptions(req.ctx) }),
  });
  // A volunteer for themself (shop.redeem) or staff at the counter (shop.manage): the service decides.
  app.post('/shop-items/:id/redemptions', {
    config: { permission: 'authenticated' },
    schema: { tags, params: idParams, body: redeemInput, response: { 201: redemptionView } },
    handler: async (req, reply) => reply.code(201).send(await redeemItem(req.ctx, req.params.id, req.body)),
  });
  app.get('/redemptions', {
    config: { permission: 'shop.read' },
    schema: {
      tags,
      querystring: redemptionListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(redemptionView) },
    },
    handler: (req) => listRedemptions(req.ctx, req.query),
  });
  app.post('/redemptions/:id/collect', {
    config: { permission: 'shop.manage' },
    schema: { tags, params: idParams, response: { 200: redemptionView } },
    handler: (req) => collectRedemption(req.ctx, req.params.id),
  });
  app.post('/redemptions/:id/cancel', {
    config: { permission: 'authenticated' },
    schema: { tags, params: idParams, response: { 200: redemptionView } },
    handler: (req) => cancelRedemptionBy(req.ctx, req.params.id),
  });
}

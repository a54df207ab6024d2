import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  restockInput,
  shopItemCreateInput,
  shopItemListQuery,
  shopItemUpdateInput,
  shopItemView,
  stockTakeInput,
  stockTakeView,
} from '../../../core/shop/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import {
  createShopItem,
  getShopItem,
  listShopItems,
  restockShopItem,
  setShopItemListed,
  updateShopItem,
} from './items';
import { listStockTakes, takeStock } from './stock-takes';

const idParams = z.object({ id: z.uuid('编号无效') });

/** The staff side of the points shop 友邻超市: items, restocking and stock-takes (盘点). */
export async function shopItemRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['shop'];
  const read = { permission: 'shop.read' } as const;
  const manage = { permission: 'shop.manage' } as const;

  app.get('/shop-items', {
    config: read,
    schema: {
      tags,
      querystring: shopItemListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(shopItemView) },
    },
    handler: (req) => listShopItems(req.ctx, req.query),
  });
  app.get('/shop-items/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: shopItemView } },
    handler: (req) => getShopItem(req.ctx, req.params.id),
  });
  app.post('/shop-items', {
    config: manage,
    schema: { tags, body: shopItemCreateInput, response: { 201: shopItemView } },
    handler: async (req, reply) => reply.code(201).send(await createShopItem(req.ctx, req.body)),
  });
  app.patch('/shop-items/:id', {
    config: manage,
    schema: { tags, params: idParams, body: shopItemUpdateInput, response: { 200: shopItemView } },
    handler: (req) => updateShopItem(req.ctx, req.params.id, req.body),
  });
  app.post('/shop-items/:id/withdraw', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: shopItemView } },
    handler: (req) => setShopItemListed(req.ctx, req.params.id, false),
  });
  app.post('/shop-items/:id/relist', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: shopItemView } },
    handler: (req) => setShopItemListed(req.ctx, req.params.id, true),
  });
  app.post('/shop-items/:id/restock', {
    config: manage,
    schema: { tags, params: idParams, body: restockInput, response: { 200: shopItemView } },
    handler: (req) => restockShopItem(req.ctx, req.params.id, req.body),
  });
  app.post('/shop-items/:id/stock-takes', {
    config: manage,
    schema: { tags, params: idParams, body: stockTakeInput, response: { 201: stockTakeView } },
    handler: async (req, reply) => reply.code(201).send(await takeStock(req.ctx, req.params.id, req.body)),
  });
  app.get('/stock-takes', {
    config: read,
    schema: {
      tags,
      querystring: pageQuery.extend({ itemId: z.uuid().optional() }),
      response: { 200: pageOf(stockTakeView) },
    },
    handler: (req) => listStockTakes(req.ctx, req.query),
  });
}

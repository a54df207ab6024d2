import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxPhotoBytes } from '../../../core/activities/photo-limits';
import { shopItemView } from '../../../core/shop/contract';
import { AppError } from '../../http/errors';
import { openItemPhoto, removeItemPhoto, setItemPhoto } from './item-photos';
import { getShopItem } from './items';

const idParams = z.object({ id: z.uuid('编号无效') });
// An <img> cannot send X-Membership-Id; the link names the acting membership, `v` the photo's version.
const linkQuery = z.object({ membership: z.uuid().optional(), v: z.string().max(40).optional() });

/** The one file of a multipart request. */
async function readPhoto(req: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new AppError('shop.photo_missing', 400);
  try {
    const part = await req.file({ limits: { fileSize: maxPhotoBytes, files: 1, fields: 0 } });
    if (!part) throw new AppError('shop.photo_missing', 400);
    return { filename: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('shop.photo_too_large', 413);
    throw error;
  }
}

/** The photo of a shop item: set (replacing), remove, and its picture for the shelf and the phone. */
export async function shopItemPhotoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['shop'];
  const manage = { permission: 'shop.manage' } as const;

  app.put('/shop-items/:id/photo', {
    config: manage,
    schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 200: shopItemView } },
    handler: async (req) => {
      await setItemPhoto(req.ctx, req.params.id, await readPhoto(req));
      return getShopItem(req.ctx, req.params.id);
    },
  });
  app.delete('/shop-items/:id/photo', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await removeItemPhoto(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  // Staff read the shelf, a volunteer redeems from it: either may see its pictures.
  app.get('/shop-items/:id/photo', {
    config: { permission: 'authenticated' },
    schema: { tags, params: idParams, querystring: linkQuery },
    handler: async (req, reply) => {
      const file = await openItemPhoto(req.ctx, req.params.id);
      // The link names the version (`v`), and a new photo gets a new one: the browser may keep it.
      return reply
        .type('image/webp')
        .header('content-length', file.bytes)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(file.stream);
    },
  });
}

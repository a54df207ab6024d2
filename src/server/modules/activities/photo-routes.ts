import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { photoCaptionInput, photoView } from '../../../core/activities/contract';
import { maxPhotoBytes, maxPhotosPerUpload, photoVariants } from '../../../core/activities/photo-limits';
import { AppError } from '../../http/errors';
import {
  deletePhoto,
  listPhotos,
  openPhotoFile,
  type PhotoUpload,
  updatePhotoCaption,
  uploadPhotos,
} from './photos';

const idParams = z.object({ id: z.uuid('编号无效') });
const photoParams = z.object({ id: z.uuid('编号无效'), photoId: z.uuid('编号无效') });
const photoKey = ({ id, photoId }: z.infer<typeof photoParams>) => ({ ownerId: id, photoId });
// An <img> cannot send X-Membership-Id; the links name the acting membership here instead.
const linkQuery = z.object({ membership: z.uuid().optional() });
const uploadFields = z.object({
  caption: photoCaptionInput.shape.caption.default(''),
  sessionId: z.uuid('场次编号无效').nullable().default(null),
});

const multipartErrors: Record<string, AppError> = {
  FST_REQ_FILE_TOO_LARGE: new AppError('activities.photo_too_large', 413),
  FST_FILES_LIMIT: new AppError('activities.photo_too_many_files', 400),
};

/** The photos of one multipart request: files of any field, plus the `caption` and `sessionId` fields. */
async function readUpload(req: FastifyRequest): Promise<PhotoUpload> {
  if (!req.isMultipart()) throw new AppError('activities.photo_missing', 400);
  const files: PhotoUpload['files'] = [];
  const fields: Record<string, string> = {};
  try {
    const parts = req.parts({
      limits: { fileSize: maxPhotoBytes, files: maxPhotosPerUpload, fields: 4, fieldSize: 4096 },
    });
    for await (const part of parts) {
      if (part.type === 'file') files.push({ filename: part.filename, bytes: await part.toBuffer() });
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    const known = multipartErrors[(error as { code?: string }).code ?? ''];
    throw known ?? error;
  }
  const parsed = uploadFields.safeParse({ caption: fields.caption, sessionId: fields.sessionId || null });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('http.validation', 400, errors);
  }
  return { files, ...parsed.data };
}

/** 活动照片: upload, list, the two versions of each, caption, delete. */
export async function activityPhotoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];
  const read = { permission: 'activities.read' } as const;
  const manage = { permission: 'activities.manage' } as const;

  app.get('/activities/:id/photos', {
    config: read,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(photoView) }) } },
    handler: async (req) => ({ items: await listPhotos(req.ctx, req.params.id) }),
  });
  app.post('/activities/:id/photos', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 201: z.object({ items: z.array(photoView) }) },
    },
    handler: async (req, reply) => {
      const items = await uploadPhotos(req.ctx, req.params.id, () => readUpload(req));
      return reply.code(201).send({ items });
    },
  });
  for (const variant of photoVariants) {
    app.get(`/activities/:id/photos/:photoId/${variant}`, {
      config: read,
      schema: { tags, params: photoParams, querystring: linkQuery },
      handler: async (req, reply) => {
        const file = await openPhotoFile(req.ctx, photoKey(req.params), variant);
        // A photo's versions never change (a new photo gets a new id), so the browser may keep them.
        return reply
          .type('image/webp')
          .header('content-length', file.bytes)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(file.stream);
      },
    });
  }
  app.patch('/activities/:id/photos/:photoId', {
    config: manage,
    schema: { tags, params: photoParams, body: photoCaptionInput, response: { 200: photoView } },
    handler: (req) => updatePhotoCaption(req.ctx, photoKey(req.params), req.body.caption),
  });
  app.delete('/activities/:id/photos/:photoId', {
    config: manage,
    schema: { tags, params: photoParams },
    handler: async (req, reply) => {
      await deletePhoto(req.ctx, photoKey(req.params));
      return reply.code(204).send();
    },
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxPhotoBytes, photoVariants } from '../../../core/activities/photo-limits';
import {
  actionDoneInput,
  actionItemInput,
  actionItemListQuery,
  actionItemView,
  actionReasonInput,
} from '../../../core/meetings/contract';
import { AppError } from '../../http/errors';
import { pageOf, pageQuery } from '../../http/pagination';
import { deleteActionPhoto, openActionPhoto, uploadActionPhotos } from './action-photos';
import {
  createActionItem,
  listActionItems,
  markActionDone,
  myActionItems,
  reopenOrCancelAction,
} from './actions';

const idParams = z.object({ id: z.uuid('编号无效') });
// An <img> cannot send X-Membership-Id; the links name the acting membership here instead.
const linkQuery = z.object({ membership: z.uuid().optional() });
const maxFiles = 9;

/** The files of a multipart request (any field). */
async function readFiles(req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError('actionItems.photo_missing', 400);
  const files: { filename: string; bytes: Buffer }[] = [];
  try {
    for await (const part of req.parts({ limits: { fileSize: maxPhotoBytes, files: maxFiles, fields: 0 } }))
      if (part.type === 'file') files.push({ filename: part.filename, bytes: await part.toBuffer() });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('actionItems.photo_too_large', 413);
    if (code === 'FST_FILES_LIMIT') throw new AppError('actionItems.too_many_photos', 400);
    throw error;
  }
  return files;
}

/** 任务: assigned on a decision, followed to done with evidence (staff), and the team leader's phone list. */
export async function actionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const read = { permission: 'meetings.read' } as const;
  const manage = { permission: 'meetings.manage' } as const;
  const own = { permission: 'meetings.actOwn' } as const;
  const counts = z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    done: z.number().int(),
    cancelled: z.number().int(),
  });

  app.get('/action-items', {
    config: read,
    schema: {
      tags,
      querystring: actionItemListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(actionItemView).extend({ counts }) },
    },
    handler: (req) => listActionItems(req.ctx, req.query),
  });
  app.post('/agenda-items/:id/action-items', {
    config: manage,
    schema: { tags, params: idParams, body: actionItemInput, response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (req, reply) =>
      reply.code(201).send(await createActionItem(req.ctx, req.params.id, req.body)),
  });
  app.post('/action-items/:id/done', {
    config: manage,
    schema: { tags, params: idParams, body: actionDoneInput, response: { 200: actionItemView } },
    handler: (req) => markActionDone(req.ctx, req.params.id, req.body),
  });
  app.post('/action-items/:id/reopen', {
    config: manage,
    schema: { tags, params: idParams, body: actionReasonInput, response: { 200: actionItemView } },
    handler: (req) => reopenOrCancelAction(req.ctx, req.params.id, 'reopen', req.body.reason),
  });
  app.post('/action-items/:id/cancel', {
    config: manage,
    schema: { tags, params: idParams, body: actionReasonInput, response: { 200: actionItemView } },
    handler: (req) => reopenOrCancelAction(req.ctx, req.params.id, 'cancel', req.body.reason),
  });
  app.post('/action-items/:id/photos', {
    config: manage,
    schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
    handler: async (req, reply) => {
      await uploadActionPhotos(req.ctx, req.params.id, () => readFiles(req));
      return reply.code(204).send();
    },
  });
  app.delete('/action-item-photos/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deleteActionPhoto(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  for (const variant of photoVariants) {
    app.get(`/action-item-photos/:id/${variant}`, {
      config: read,
      schema: { tags, params: idParams, querystring: linkQuery },
      handler: async (req, reply) => {
        const file = await openActionPhoto(req.ctx, req.params.id, variant);
        return reply
          .type('image/webp')
          .header('content-length', file.bytes)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(file.stream);
      },
    });
  }

  // The phone: a volunteer who leads a team sees its items and marks them done.
  app.get('/me/action-items', {
    config: own,
    schema: {
      tags,
      response: {
        200: z.object({
          teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
          items: z.array(actionItemView),
        }),
      },
    },
    handler: (req) => myActionItems(req.ctx),
  });
  app.post('/me/action-items/:id/done', {
    config: own,
    schema: {
      tags,
      params: idParams,
      body: actionDoneInput.pick({ note: true }),
      response: { 200: actionItemView },
    },
    handler: (req) => markActionDone(req.ctx, req.params.id, { note: req.body.note, activityId: null }, true),
  });
  app.post('/me/action-items/:id/photos', {
    config: own,
    schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
    handler: async (req, reply) => {
      await uploadActionPhotos(req.ctx, req.params.id, () => readFiles(req), true);
      return reply.code(204).send();
    },
  });
}

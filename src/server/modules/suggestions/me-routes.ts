import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxPhotoBytes, photoVariants } from '../../../core/activities/photo-limits';
import {
  maxSuggestionPhotos,
  mySuggestion,
  publicReply,
  suggestionPlaces,
  suggestionPostFields,
} from '../../../core/suggestions/contract';
import { AppError } from '../../http/errors';
import type { SuggestionPost } from './posting';
import { mySuggestionPlaces, mySuggestions, openMyPhoto, postSuggestion, publicReplies } from './service';

const idParams = z.object({ id: z.uuid('编号无效') });
const linkQuery = z.object({ membership: z.uuid().optional() });

const multipartErrors: Record<string, AppError> = {
  FST_REQ_FILE_TOO_LARGE: new AppError('suggestions.photo_too_large', 413),
  FST_FILES_LIMIT: new AppError('suggestions.photo_too_many', 400),
};

/** The phone's form: text fields and up to three photos, checked as the JSON routes' bodies are. */
async function readPost(req: FastifyRequest): Promise<SuggestionPost> {
  if (!req.isMultipart()) throw new AppError('suggestions.not_multipart', 400);
  const files: SuggestionPost['files'] = [];
  const fields: Record<string, string> = {};
  try {
    const parts = req.parts({
      limits: { fileSize: maxPhotoBytes, files: maxSuggestionPhotos, fields: 8, fieldSize: 8192 },
    });
    for await (const part of parts) {
      if (part.type === 'file') files.push({ filename: part.filename, bytes: await part.toBuffer() });
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    throw multipartErrors[(error as { code?: string }).code ?? ''] ?? error;
  }
  const parsed = suggestionPostFields.safeParse({
    title: fields.title ?? '',
    body: fields.body ?? '',
    compoundId: fields.compoundId || null,
    anonymous: fields.anonymous === 'true',
  });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('http.validation', 400, errors);
  }
  return { fields: parsed.data, files };
}

/** 便民信箱 on the phone: post, my suggestions, the community's published replies, my photos. */
export async function mySuggestionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['suggestions'];
  const post = { permission: 'suggestions.post' } as const;

  app.get('/me/suggestions', {
    config: post,
    schema: { tags, response: { 200: z.object({ items: z.array(mySuggestion) }) } },
    handler: async (req) => ({ items: await mySuggestions(req.ctx) }),
  });
  app.get('/me/suggestions/public', {
    config: post,
    schema: { tags, response: { 200: z.object({ items: z.array(publicReply) }) } },
    handler: async (req) => ({ items: await publicReplies(req.ctx) }),
  });
  app.get('/me/suggestions/places', {
    config: post,
    schema: { tags, response: { 200: suggestionPlaces } },
    handler: (req) => mySuggestionPlaces(req.ctx),
  });
  app.post('/me/suggestions', {
    config: post,
    schema: { tags, consumes: ['multipart/form-data'], response: { 201: mySuggestion } },
    handler: async (req, reply) => reply.code(201).send(await postSuggestion(req.ctx, () => readPost(req))),
  });
  for (const variant of photoVariants) {
    app.get(`/me/suggestion-photos/:id/${variant}`, {
      config: post,
      schema: { tags, params: idParams, querystring: linkQuery },
      handler: async (req, reply) => {
        const file = await openMyPhoto(req.ctx, req.params.id, variant);
        return reply
          .type('image/webp')
          .header('content-length', file.bytes)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(file.stream);
      },
    });
  }
}

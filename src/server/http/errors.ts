import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Locale } from '../../core/locale';
import { type ErrorCode, errorTitle } from '../platform/errors';

export type FieldError = { path: string; message: string };

/** Domain code throws this; the one handler below turns it into problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly errors?: FieldError[],
  ) {
    super(code);
  }
}

export function requestLocale(request: FastifyRequest): Locale {
  if (request.actor) return request.actor.locale;
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header) ? 'en' : 'zh-CN';
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  errors?: FieldError[],
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://jinlin.example/problems/${code}`,
      title: errorTitle(request.server.platform.errorCatalog, code, requestLocale(request)),
      status,
      code,
      ...(errors ? { errors } : {}),
    });
}

const fastifyCodes: Record<string, [ErrorCode, number]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['http.invalid_json', 400],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['http.invalid_json', 400],
  FST_ERR_CTP_BODY_TOO_LARGE: ['http.payload_too_large', 413],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['http.unsupported_media_type', 415],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['http.bad_request', 400],
};

function validationErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((issue) => ({
    path: issue.instancePath.slice(1).replaceAll('/', '.'),
    message: issue.message ?? '',
  }));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error.code, error.status, error.errors);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, 'http.validation', 400, validationErrors(error));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(request, reply, known[0], known[1]);
    if (error.statusCode === 429) return sendProblem(request, reply, 'http.rate_limited', 429);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, 'http.bad_request', error.statusCode);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'http.internal', 500);
  });
}

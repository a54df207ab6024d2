import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { isNull } from 'drizzle-orm';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  createJsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAuth } from './auth/auth';
import type { Config } from './config';
import { createFieldCrypto } from './crypto/field-crypto';
import type { Secrets } from './crypto/secrets';
import type { DatabaseHandle } from './db/client';
import { registerAuthentication } from './http/auth';
import { registerAuthBridge } from './http/auth-bridge';
import { AppError, registerErrorHandling } from './http/errors';
import './http/fastify-types';
import { registerOriginCheck } from './http/origin';
import { registerRateLimits } from './http/rate-limits';
import { slowRequestSampler } from './http/slow-requests';
import { registerWeb } from './http/web';
import { errorCatalog, modules, rolePermissions } from './modules';
import { recordSignInEvent } from './modules/audit/service';
import { orgUnits } from './modules/org-units/schema';
import { loadMemberships, sessionActorByToken } from './modules/users/service';
import { systemClock } from './platform/clock';
import type { Platform } from './platform/platform';
import { SessionCache } from './platform/session-cache';
import { todoRoutes } from './platform/todo';
import { localPhotoStore } from './storage/local-photo-store';
import { s3PhotoStore } from './storage/s3-photo-store';

export type AppDeps = { database: DatabaseHandle; config: Config; secrets: Secrets };

/** The permission table and error titles of every module, and what the HTTP layer calls back into. */
const platform: Platform = {
  rolePermissions,
  errorCatalog,
  membershipsOf: loadMemberships,
  sessionActor: sessionActorByToken,
  recordSignInEvent,
};

/** An answer slower than this is logged with its route. */
const slowRequestMs = 1000;

// Field messages the schemas do not word themselves come in Chinese, the product's language.
z.config(z.locales.zhCN());

export async function buildApp({ database, config, secrets }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Two log lines for every request cost a busy server more than some routes do: only slow answers
    // are logged (below), and failures by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('databaseKind', database.kind);
  app.decorate('config', config);
  app.decorate('auth', createAuth(database.db, config, secrets.authSecret));
  const fieldCrypto = createFieldCrypto(secrets);
  app.decorate('fieldCrypto', fieldCrypto);
  app.decorate('services', {
    db: database.db,
    crypto: fieldCrypto,
    store: config.s3 ? s3PhotoStore(config.s3) : localPhotoStore(config.dataDir),
    clock: systemClock,
    sessions: new SessionCache(config.sessionCacheMs),
  });
  app.decorate('platform', platform);
  app.decorate('routeCatalog', []);
  app.decorateRequest('actor', undefined as never);
  app.decorateRequest('ctx', undefined as never);
  app.decorateRequest('sessionToken', null);

  registerErrorHandling(app);
  const sampleSlow = slowRequestSampler();
  app.addHook('onResponse', async (request, reply) => {
    if (reply.elapsedTime <= slowRequestMs) return;
    const url = request.routeOptions.url;
    const alsoSlow = sampleSlow(`${request.method} ${url}`, performance.now());
    if (alsoSlow === null) return;
    request.log.warn(
      { method: request.method, url, statusCode: reply.statusCode, ms: reply.elapsedTime, alsoSlow },
      'slow request',
    );
  });
  // An action such as POST …/publish carries no body; clients that still say application/json get the same answer.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('http.invalid_json', 400), undefined);
    }
  });
  registerOriginCheck(app, config.trustedOrigins);
  registerAuthentication(app, secrets.authSecret);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        // Embedded mode serves plain http on a LAN address; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.publicUrl.startsWith('https://'),
  });
  await app.register(multipart);
  if (config.rateLimits) await registerRateLimits(app);
  await app.register(swagger, {
    openapi: { openapi: '3.0.3', info: { title: '近邻 Jinlin API', version: '1' } },
    transform: createJsonSchemaTransform({ skipList: ['/api/auth/*'] }),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { permission: 'public' },
    schema: {
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => {
      // One indexed read: the health answer proves the database answers, and it is the benchmark baseline.
      await app.db.select({ id: orgUnits.id }).from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
      return { status: 'ok' as const, database: app.databaseKind };
    },
  });
  registerAuthBridge(app);
  await app.register(
    async (api) => {
      for (const routes of modules.flatMap((m) => m.routes)) await api.register(routes);
      await api.register(todoRoutes(modules.flatMap((m) => (m.todo ? [m.todo] : []))));
    },
    { prefix: '/api/v1' },
  );
  await registerWeb(app);
  return app;
}

import type { Auth } from '../auth/auth';
import type { Config } from '../config';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { DatabaseKind, Db } from '../db/client';
import type { ServiceContext, Services } from '../platform/context';
import type { RoutePermission } from '../platform/permissions';
import type { Platform } from '../platform/platform';
import type { Actor } from './actor';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route says who may call it; app.ts refuses to start with a route that does not. */
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    /** Set for every route that is not `public`. */
    actor: Actor;
    /** The services' context for this request: database, actor, crypto, file store, clock. */
    ctx: ServiceContext;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    db: Db;
    databaseKind: DatabaseKind;
    auth: Auth;
    config: Config;
    fieldCrypto: FieldCrypto;
    services: Services;
    /** What the HTTP layer needs from the modules, handed over by app.ts. */
    platform: Platform;
    /** The session token of the request's cookie when its signature is the server's, else null. */
    sessionTokenOf(request: FastifyRequest): Promise<string | null>;
    /** Every route with its permission, as registered: the scope matrix test walks this. */
    routeCatalog: { method: string; url: string; permission: RoutePermission }[];
  }
}

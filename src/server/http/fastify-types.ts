import type { RoutePermission } from '../../core/permissions';
import type { Auth } from '../auth/auth';
import type { Config } from '../config';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { DatabaseKind, Db } from '../db/client';
import type { Actor } from './actor';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route says who may call it; app.ts refuses to start with a route that does not. */
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    /** Set for every route that is not `public`. */
    actor: Actor;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    db: Db;
    databaseKind: DatabaseKind;
    auth: Auth;
    config: Config;
    fieldCrypto: FieldCrypto;
    /** Every route with its permission, as registered: the scope matrix test walks this. */
    routeCatalog: { method: string; url: string; permission: RoutePermission }[];
  }
}

import type { Db } from '../db/client';
import type { ActorMembership } from '../http/actor';

export type SessionActor = {
  userId: string;
  name: string;
  username: string | null;
  locale: string;
  expiresAt: Date;
  memberships: ActorMembership[];
};

import type { ErrorCatalog } from './errors';
import type { RolePermissions } from './permissions';

export type SignInAuditEntry = {
  action: string;
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  actorName?: string;
  orgUnit?: { id: string; path: string };
  ip: string;
  userAgent: string | null;
  detail?: Record<string, unknown>;
};

/**
 * What the cross-cutting HTTP layer needs from the modules. app.ts builds it from the module list, so
 * http/ depends on no module.
 */
export type Platform = {
  rolePermissions: RolePermissions;
  errorCatalog: ErrorCatalog;
  /** A user's memberships, highest unit first: the first is the default one a request acts through. */
  membershipsOf(db: Db, userId: string): Promise<ActorMembership[]>;
  /** The live session of a token with its user and memberships (users/session-actor.ts), or null. */
  sessionActor(db: Db, token: string): Promise<SessionActor | null>;
  /** An audit row for an event before an actor exists (sign-in, failure, blocked attempt). */
  recordSignInEvent(db: Db, entry: SignInAuditEntry): Promise<void>;
};

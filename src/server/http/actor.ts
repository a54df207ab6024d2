import type { Locale } from '../../core/locale';
import type { OrgUnitKind, Role } from '../../core/roles';
import type { Permission } from '../platform/permissions';

export type ActorMembership = {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitKind: OrgUnitKind;
  orgPath: string;
  role: Role;
  providerId: string | null;
  providerName: string | null;
};

/** Who is calling: resolved once per request, passed first to every service function. */
export type Actor = {
  userId: string;
  username: string;
  name: string;
  locale: Locale;
  ip: string;
  userAgent: string | null;
  memberships: ActorMembership[];
  /** The membership this request acts through: its role and unit decide permission and scope. */
  membership: ActorMembership;
  /** What the role of that membership may do. */
  permissions: ReadonlySet<Permission>;
};

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

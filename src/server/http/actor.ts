import type { Locale } from '../../core/error-messages';
import type { OrgUnitKind, Role } from '../../core/roles';

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
};

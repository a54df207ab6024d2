import type { Role } from '../../core/roles';
import type { Me } from '../api/types';

/** Roles whose work is on the phone pages (/m): they sign up, check in and volunteer, and run no desk. */
const PHONE_ROLES: ReadonlySet<Role> = new Set<Role>(['resident', 'volunteer', 'partner']);

/** Only same-site paths are followed after sign-in. */
export const safeNext = (value: string | null): string | null =>
  value?.startsWith('/') && !value.startsWith('//') ? value : null;

/**
 * Where sign-in leads: the page the user was sent away from, if any; otherwise the phone pages for a
 * resident, volunteer or partner acting in that role, and the desk for everyone else.
 */
export const landingFor = (me: Me, next: string | null): string => {
  const asked = safeNext(next);
  if (asked) return asked;
  const acting = me.memberships.find((m) => m.id === me.currentMembershipId) ?? me.memberships[0];
  return acting && PHONE_ROLES.has(acting.role) ? '/m' : '/';
};

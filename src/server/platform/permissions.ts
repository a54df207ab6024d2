import type { Role } from '../../core/roles';

/**
 * Every permission a module declares, as `'<area>.<action>': true`. Each module adds its own keys by
 * declaration merging in its `permissions.ts`, so a route naming an undeclared permission does not compile.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in every module's permissions.ts
export interface PermissionRegistry {}
export type Permission = keyof PermissionRegistry & string;
export type RoutePermission = Permission | 'public' | 'authenticated';

/** A module's permissions, each with the roles that hold it. */
export type PermissionGrants = Readonly<Record<string, readonly Role[]>>;

/** Role → permissions, collected from every module's grants. */
export type RolePermissions = ReadonlyMap<Role, ReadonlySet<Permission>>;

export function collectRolePermissions(grants: readonly PermissionGrants[]): RolePermissions {
  const table = new Map<Role, Set<Permission>>();
  for (const [permission, roles] of grants.flatMap((g) => Object.entries(g))) {
    for (const role of roles) {
      const held = table.get(role) ?? new Set<Permission>();
      held.add(permission as Permission);
      table.set(role, held);
    }
  }
  return table;
}

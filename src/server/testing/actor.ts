import { eq } from 'drizzle-orm';
import type { Role } from '../../core/roles';
import type { Db } from '../db/client';
import type { Actor } from '../http/actor';
import { rolePermissions } from '../modules';
import { orgUnits } from '../modules/org-units/schema';

/** An actor as the auth hook would resolve it, for tests and benchmarks that call services directly. */
export function actorOf(user: Omit<Actor, 'permissions' | 'locale' | 'ip' | 'userAgent'>): Actor {
  return {
    locale: 'zh-CN',
    ip: '127.0.0.1',
    userAgent: null,
    ...user,
    permissions: rolePermissions.get(user.membership.role) ?? new Set(),
  };
}

/** Someone holding `role` at the demo unit named `unitName`, and no other membership. */
export async function actorAt(
  db: Db,
  unitName: string,
  role: Role,
  user: { userId: string; name: string } = { userId: 'test', name: '测试' },
): Promise<Actor> {
  const [unit] = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.name, unitName));
  if (!unit) throw new Error(`no unit ${unitName}`);
  const membership = {
    id: `${user.userId}-${role}`,
    orgUnitId: unit.id,
    orgUnitName: unitName,
    orgUnitKind: unit.kind,
    orgPath: unit.path,
    role,
    providerId: null,
    providerName: null,
  };
  return actorOf({ ...user, username: user.userId, memberships: [membership], membership });
}

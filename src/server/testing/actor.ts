import type { Actor } from '../http/actor';
import { rolePermissions } from '../modules';

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

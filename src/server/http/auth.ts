import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { AppError } from './errors';

export const membershipHeader = 'x-membership-id';

/**
 * Resolves the caller for every non-public route and checks the route's permission against the role
 * of the membership the request acts through. Runs before body parsing, so 401/403 come before 400.
 */
export function registerAuthentication(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (route.config?.permission) {
      const methods = [route.method].flat();
      for (const method of methods)
        app.routeCatalog.push({ method, url: route.url, permission: route.config.permission });
      return;
    }
    // API routes must say who may call them; plugin routes (static files, API docs) are public.
    if (route.url.startsWith('/api/v1') || route.url.startsWith('/api/auth')) {
      throw new Error(`路由 ${route.method} ${route.url} 没有声明 config.permission`);
    }
    route.config = { ...route.config, permission: 'public' };
  });
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission || permission === 'public') return;
    request.actor = await resolveActor(app, request);
    request.ctx = { ...app.services, actor: request.actor };
    if (permission !== 'authenticated' && !request.actor.permissions.has(permission)) {
      throw new AppError('http.forbidden', 403);
    }
  });
}

async function resolveActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor> {
  const session = await app.auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) throw new AppError('http.unauthenticated', 401);
  request.sessionToken = session.session.token;
  const memberships = await app.platform.membershipsOf(app.db, session.user.id);
  if (memberships.length === 0) throw new AppError('auth.no_membership', 403);
  const wanted = request.headers[membershipHeader] ?? membershipInLink(request);
  const membership = wanted ? memberships.find((m) => m.id === wanted) : memberships[0];
  if (!membership) throw new AppError('auth.membership_not_found', 403);
  const user = session.user as typeof session.user & { username?: string | null; locale?: string };
  return {
    userId: user.id,
    username: user.username ?? '',
    name: user.name,
    locale: user.locale === 'en' ? 'en' : 'zh-CN',
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    memberships,
    membership,
    permissions: app.platform.rolePermissions.get(membership.role) ?? new Set(),
  };
}

/**
 * An <img> or a link cannot send headers: a GET may name its membership as `?membership=` instead
 * (photo links do). It is still looked up among the caller's own memberships.
 */
function membershipInLink(request: FastifyRequest): string | undefined {
  if (request.method !== 'GET') return undefined;
  const value = (request.query as Record<string, unknown> | undefined)?.membership;
  return typeof value === 'string' ? value : undefined;
}

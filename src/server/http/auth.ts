import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionIdleSeconds, sessionRefreshSeconds } from '../auth/auth';
import type { SessionActor } from '../platform/platform';
import type { Actor } from './actor';
import { AppError } from './errors';
import { signedSessionToken } from './session-cookie';

export const membershipHeader = 'x-membership-id';

/**
 * Resolves the caller for every non-public route and checks the route's permission against the role
 * of the membership the request acts through. Runs before body parsing, so 401/403 come before 400.
 */
export function registerAuthentication(app: FastifyInstance, authSecret: string) {
  // better-auth names the cookie (with __Secure- behind https); asked once, on the first request.
  let cookieName: Promise<string> | undefined;
  app.decorate('sessionTokenOf', async (request: FastifyRequest) => {
    cookieName ??= app.auth.$context.then((c) => c.authCookies.sessionToken.name);
    return signedSessionToken(request.headers.cookie, await cookieName, authSecret);
  });
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
  app.addHook('onRequest', async (request, reply) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission || permission === 'public') return;
    const token = await app.sessionTokenOf(request);
    if (!token) throw new AppError('http.unauthenticated', 401);
    request.actor = await resolveActor(app, request, reply, token);
    request.ctx = { ...app.services, actor: request.actor };
    if (permission !== 'authenticated' && !request.actor.permissions.has(permission)) {
      throw new AppError('http.forbidden', 403);
    }
  });
}

const refreshing = new Set<string>();

/**
 * The caller of a request with a validly signed session cookie: one statement reads the session, the
 * user and the memberships, unless the same session was read a moment ago (platform/session-cache.ts).
 * Once a minute of a session's life (as better-auth's updateAge) better-auth itself refreshes it, and
 * the renewed cookie goes back with the answer, so an active session slides.
 */
async function resolveActor(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): Promise<Actor> {
  const session = await sessionOf(app, token);
  if (!session) throw new AppError('http.unauthenticated', 401);
  if (
    session.expiresAt.getTime() - (sessionIdleSeconds - sessionRefreshSeconds) * 1000 <= Date.now() &&
    !refreshing.has(token)
  ) {
    // One renewal per session at a time: a burst of requests of one session (a counter in a rush)
    // would otherwise each rewrite the same session row; the others go on with the cookie they have.
    refreshing.add(token);
    await refreshSession(app, request, reply).finally(() => refreshing.delete(token));
    // The renewed expiry is read again next time, so the renewal is not attempted once more.
    app.services.sessions.forgetToken(token);
  }
  request.sessionToken = token;
  const { memberships } = session;
  if (memberships.length === 0) throw new AppError('auth.no_membership', 403);
  const wanted = request.headers[membershipHeader] ?? membershipInLink(request);
  const membership = wanted ? memberships.find((m) => m.id === wanted) : memberships[0];
  if (!membership) throw new AppError('auth.membership_not_found', 403);
  return {
    userId: session.userId,
    username: session.username ?? '',
    name: session.name,
    locale: session.locale === 'en' ? 'en' : 'zh-CN',
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    memberships,
    membership,
    permissions: app.platform.rolePermissions.get(membership.role) ?? new Set(),
  };
}

async function sessionOf(app: FastifyInstance, token: string): Promise<SessionActor | null> {
  const cached = app.services.sessions.get(token);
  if (cached) return cached;
  const session = await app.platform.sessionActor(app.db, token);
  if (session) app.services.sessions.set(token, session);
  return session;
}

async function refreshSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const { response, headers } = await app.auth.api.getSession({
    headers: fromNodeHeaders(request.headers),
    returnHeaders: true,
  });
  if (!response) throw new AppError('http.unauthenticated', 401);
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
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

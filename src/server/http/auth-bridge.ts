import { eq, or } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clearFailures, countFailure, isLocked, lockKeyOf } from '../auth/lockout';
import { users } from '../auth/schema';
import type { ErrorCode } from '../platform/errors';
import { sendProblem } from './errors';
import { signInRateLimit } from './rate-limits';

// Only these better-auth endpoints are reachable: accounts are created by admins, not by sign-up.
const exposed = new Set(['/sign-out', '/get-session']);
const signInPaths = ['/sign-in/username', '/sign-in/phone-number'];

type SignInBody = { username?: unknown; phoneNumber?: unknown };

/** better-auth behind Fastify (its documented recipe), plus lock-out and audit of every sign-in. */
export function registerAuthBridge(app: FastifyInstance) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { permission: 'public' },
    handler: async (request, reply) => {
      const path = new URL(request.url, 'http://x').pathname.replace(/^\/api\/auth/, '');
      if (!exposed.has(path)) return sendProblem(request, reply, 'http.route_not_found', 404);
      if (path === '/sign-out') return signOut(app, request, reply);
      return forward(app, request, reply);
    },
  });
  // The sign-in routes are matched before the wildcard, with a per-address limit of their own.
  for (const path of signInPaths) {
    app.route({
      method: 'POST',
      url: `/api/auth${path}`,
      config: { permission: 'public', rateLimit: signInRateLimit },
      handler: (request, reply) => signIn(app, request, reply),
    });
  }
}

async function signIn(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const identifier = signInIdentifier(request.body as SignInBody);
  const lockKey = identifier ? await lockKeyOf(app.db, identifier) : null;
  if (lockKey && (await isLocked(app.db, lockKey))) {
    await auditSignIn(app, request, 'auth.sign_in_blocked', identifier);
    return sendProblem(request, reply, 'auth.locked', 429);
  }
  const response = await callAuth(app, request);
  if (response.status === 200) {
    if (lockKey) await clearFailures(app.db, lockKey);
    await auditSignIn(app, request, 'auth.sign_in', identifier);
    return relaySignedIn(reply, response);
  }
  if (response.status === 403) {
    const refusal = await refusalOf(response);
    await auditSignIn(app, request, 'auth.sign_in_failed', identifier, refusal.reason);
    return sendProblem(request, reply, refusal.code, 403);
  }
  if (response.status !== 401 || !lockKey) return relay(reply, response);
  const locked = await countFailure(app.db, lockKey);
  await auditSignIn(app, request, 'auth.sign_in_failed', identifier, locked ? 'locked' : 'wrong password');
  return sendProblem(request, reply, locked ? 'auth.locked' : 'auth.invalid_credentials', locked ? 429 : 401);
}

/**
 * Why better-auth refused a sign-in with 403, by its own error code: a disabled account, or a request
 * from a page that is not the product's (its origin check). Anything else is refused as forbidden.
 */
async function refusalOf(response: Response): Promise<{ code: ErrorCode; reason: string }> {
  const body = (await response.json().catch(() => ({}))) as { code?: unknown };
  if (body.code === 'BANNED_USER') return { code: 'auth.banned', reason: 'banned' };
  if (body.code === 'INVALID_ORIGIN' || body.code === 'MISSING_OR_NULL_ORIGIN') {
    return { code: 'http.cross_site', reason: 'origin' };
  }
  return { code: 'http.forbidden', reason: String(body.code ?? 'forbidden') };
}

function signInIdentifier(body: SignInBody | undefined): string | null {
  const value = body?.username ?? body?.phoneNumber;
  return typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null;
}

async function callAuth(app: FastifyInstance, request: FastifyRequest): Promise<Response> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.append(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // better-auth reads the client IP (for its rate limit and the session row) from this header only.
  headers.set('x-forwarded-for', request.ip);
  const hasBody = request.method !== 'GET' && request.body !== undefined;
  return app.auth.handler(
    new Request(new URL(request.url, app.config.publicUrl), {
      method: request.method,
      headers,
      body: hasBody ? JSON.stringify(request.body) : undefined,
    }),
  );
}

/**
 * better-auth ends the session; this server's session cache forgets it only then, as a request racing
 * the sign-out could otherwise cache the session again just before its row is deleted.
 */
async function signOut(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const token = await app.sessionTokenOf(request);
  const response = await callAuth(app, request);
  if (token) app.services.sessions.forgetToken(token);
  return relay(reply, response);
}

async function forward(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  return relay(reply, await callAuth(app, request));
}

/** The session cookie, but not better-auth's user object: it holds the clear mobile number and e-mail. */
async function relaySignedIn(reply: FastifyReply, response: Response) {
  const { user } = (await response.json()) as { user: { id: string; name: string } };
  reply.header('set-cookie', response.headers.getSetCookie());
  return reply.code(200).send({ user: { id: user.id, name: user.name } });
}

async function relay(reply: FastifyReply, response: Response) {
  reply.status(response.status);
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

async function auditSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  action: string,
  identifier: string | null,
  reason?: string,
) {
  const [user] = identifier
    ? await app.db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(or(eq(users.username, identifier), eq(users.phoneNumber, identifier)))
    : [];
  const [home] = user ? await app.platform.membershipsOf(app.db, user.id) : [];
  await app.platform.recordSignInEvent(app.db, {
    action,
    entity: 'user',
    entityId: user?.id,
    actorUserId: user?.id,
    actorName: user?.name ?? identifier ?? undefined,
    orgUnit: home ? { id: home.orgUnitId, path: home.orgPath } : undefined,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    detail: { identifier, ...(reason ? { reason } : {}) },
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether the request says it comes from the product's own pages: by its `Origin`, or, where a browser
 * sends none, by `Sec-Fetch-Site: same-origin` or the origin of its `Referer`. Saying nothing is refused.
 */
function sameSite(request: FastifyRequest, allowed: ReadonlySet<string>): boolean {
  const { origin, referer } = request.headers;
  if (origin) return allowed.has(origin);
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite) return fetchSite === 'same-origin';
  const from = referer ? originOf(referer) : null;
  return from !== null && allowed.has(from);
}

/**
 * Cross-site writes: the session is a cookie, which a browser sends along with a form or a script on
 * any other site. So every state-changing API request that carries cookies must show that it comes from
 * the product's own pages (the public URL or a trusted origin), else 403 before anything is read or
 * written. Scripts send `Origin` as README says; a request without cookies is left to the sign-in check.
 */
export function registerOriginCheck(app: FastifyInstance, trustedOrigins: readonly string[]) {
  const allowed = new Set(trustedOrigins.flatMap((o) => originOf(o) ?? []));
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || !request.url.startsWith('/api/v1/')) return;
    if (!request.headers.cookie) return;
    if (!sameSite(request, allowed)) throw new AppError('http.cross_site', 403);
  });
}

import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/**
 * Limits that fit how the product is used (issue 14). Brute force on passwords is stopped by the
 * per-account lock (auth/lockout.ts); these limits stop floods without refusing normal work:
 * - signed-in API calls count per user, not per address, so a whole office behind one address works;
 * - anonymous API calls count per address;
 * - sign-in counts per address, generously: at an activity's check-in a whole event's residents sign
 *   in on the station's Wi-Fi, behind one address, within a minute.
 * Static files (the web app) are not counted. The address is the client's only behind a proxy that
 * is trusted (JINLIN_TRUST_PROXY, docs/operations.md).
 */
export const rateLimits = {
  perUserPerMinute: 600,
  anonymousPerAddressPerMinute: 300,
  signInPerAddressPerMinute: 120,
} as const;

const addressKey = (request: FastifyRequest) => `address:${request.ip}`;

/** The route-level limit of the two sign-in routes. */
export const signInRateLimit: RateLimitOptions = {
  max: rateLimits.signInPerAddressPerMinute,
  timeWindow: '1 minute',
  keyGenerator: addressKey,
  // The sign-in routes' own counter, apart from the API's.
  groupId: 'sign-in',
};

/**
 * Registers the limits. They run after authentication (preHandler), so a signed-in caller is counted
 * by user. Each refusal is a 429 problem+json with a Chinese title (http/errors.ts) and Retry-After.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    timeWindow: '1 minute',
    keyGenerator: (request) => {
      // Set by the authentication hook on every non-public route; absent on public ones.
      const actor = request.actor as Actor | undefined;
      return actor ? `user:${actor.userId}` : addressKey(request);
    },
    max: (_request, key) =>
      key.startsWith('user:') ? rateLimits.perUserPerMinute : rateLimits.anonymousPerAddressPerMinute,
    allowList: (request) => !request.url.startsWith('/api/'),
  });
}

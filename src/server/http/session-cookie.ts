import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-auth/cookies';

/**
 * The session token of better-auth's signed session cookie (`<token>.<base64 HMAC-SHA256>`), or null
 * when the cookie is missing or its signature is not ours. Checked here so that the common request
 * reads its session in one statement (http/auth.ts) instead of going through better-auth's getSession;
 * better-auth still mints, refreshes and clears the cookie.
 */
export function signedSessionToken(
  cookieHeader: string | undefined,
  name: string,
  secret: string,
): string | null {
  if (!cookieHeader) return null;
  const value = parseCookies(cookieHeader).get(name);
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

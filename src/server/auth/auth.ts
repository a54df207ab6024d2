import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin, phoneNumber, username } from 'better-auth/plugins';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { accounts, sessions, users, verifications } from './schema';

export const sessionIdleSeconds = 30 * 60;
/** How often an active session is renewed (better-auth's updateAge). */
export const sessionRefreshSeconds = 60;

/**
 * better-auth owns passwords and sessions. Sign-up, OTP and its own admin endpoints are not exposed
 * (see http/auth-bridge.ts): accounts are created by admins through the users module.
 */
export function createAuth(db: Db, config: Config, secret: string) {
  return betterAuth({
    appName: '近邻 Jinlin',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    user: { additionalFields: { locale: { type: 'string', defaultValue: 'zh-CN', input: false } } },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    // 等保: an idle session ends after 30 minutes; activity slides it forward once a minute.
    session: { expiresIn: sessionIdleSeconds, updateAge: sessionRefreshSeconds },
    // Limits are the app's own (http/rate-limits.ts): better-auth's 3 sign-ins per 10 s per address
    // would refuse the fourth resident signing in at a station's check-in.
    rateLimit: { enabled: false },
    advanced: {
      // better-auth skips its origin check when NODE_ENV is test; the tests must see what production does.
      disableOriginCheck: false,
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      username(),
      phoneNumber({ sendOTP: () => Promise.reject(new Error('未配置短信网关')) }),
      admin(),
    ],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

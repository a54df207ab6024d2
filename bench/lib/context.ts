// The BenchContext handed to scenarios: where the server is, and signed-in sessions over HTTP.
import { demoPassword } from '../../src/server/db/demo-data/accounts';
import type { RunningServer } from './server';
import type { BenchContext } from './types';

/** `name=value` pairs of every Set-Cookie header, joined for a Cookie header. */
const cookieHeader = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0].trim())
    .filter((pair) => pair.includes('='))
    .join('; ');

export const createContext = (server: RunningServer): BenchContext => {
  const sessions = new Map<string, Promise<string>>();

  const benchFetch = (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (!headers.has('origin')) headers.set('origin', server.origin);
    return fetch(`${server.baseUrl}${path}`, {
      ...init,
      headers,
      signal: init.signal ?? AbortSignal.timeout(30_000),
    });
  };

  const signInOnce = async (username: string): Promise<string> => {
    const response = await benchFetch('/api/auth/sign-in/username', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    if (!response.ok) {
      throw new Error(
        `sign-in as ${username} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    }
    const cookie = cookieHeader(response);
    if (!cookie) throw new Error(`sign-in as ${username} answered ${response.status} but set no cookie`);
    const me = await benchFetch('/api/v1/me', { headers: { cookie } });
    if (!me.ok) {
      throw new Error(
        `GET /api/v1/me with ${username}'s new session answered ${me.status}: ${(await me.text()).slice(0, 300)}`,
      );
    }
    return cookie;
  };

  return {
    baseUrl: server.baseUrl,
    origin: server.origin,
    database: server.database,
    demoPassword,
    fetch: benchFetch,
    signIn: (username) => {
      let session = sessions.get(username);
      if (!session) {
        session = signInOnce(username);
        sessions.set(username, session);
        session.catch(() => sessions.delete(username));
      }
      return session;
    },
  };
};

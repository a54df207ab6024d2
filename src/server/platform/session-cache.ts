import type { SessionActor } from './platform';

/** Entries beyond this are dropped oldest first: a bound on memory, not a size anyone should reach. */
const MAX_ENTRIES = 10_000;

/**
 * Signed-in callers resolved in the last moment, by session token. A page's requests come in bursts
 * (a list, its counts, the bell) and a rush sends one request after another on the same session; each
 * would otherwise read its session, user and memberships again. Every write on this server that ends a
 * session or changes what the caller carries (memberships, name, locale, ban) forgets the user at once;
 * another app server on the same database sees the change when its own entry expires, which is why the
 * lifetime is short (JINLIN_SESSION_CACHE_MS, 2 s by default; 0 turns the cache off).
 */
export class SessionCache {
  private readonly entries = new Map<string, { actor: SessionActor; until: number }>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): SessionActor | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.until <= now || entry.actor.expiresAt.getTime() <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.actor;
  }

  set(token: string, actor: SessionActor): void {
    if (this.lifetimeMs <= 0) return;
    this.entries.delete(token);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { actor, until: this.now() + this.lifetimeMs });
  }

  forgetToken(token: string): void {
    this.entries.delete(token);
  }

  /** Every cached session of the user: called in the same request as the write that changes them. */
  forgetUser(userId: string): void {
    for (const [token, entry] of this.entries) {
      if (entry.actor.userId === userId) this.entries.delete(token);
    }
  }
}

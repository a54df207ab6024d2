import { describe, expect, it } from 'vitest';
import type { SessionActor } from './platform';
import { SessionCache } from './session-cache';

const actor = (userId: string, expiresInMs = 60_000, now = 0): SessionActor => ({
  userId,
  name: userId,
  username: userId,
  locale: 'zh-CN',
  expiresAt: new Date(now + expiresInMs),
  memberships: [],
});

describe('the session cache', () => {
  it('answers within its lifetime and forgets after it', () => {
    let now = 0;
    const cache = new SessionCache(2000, () => now);
    cache.set('a', actor('u1'));
    now = 1999;
    expect(cache.get('a')?.userId).toBe('u1');
    now = 2000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('never answers for a session past its own expiry', () => {
    let now = 0;
    const cache = new SessionCache(2000, () => now);
    cache.set('a', actor('u1', 500));
    now = 500;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets every session of a user, and one token alone', () => {
    const cache = new SessionCache(2000, () => 0);
    cache.set('a', actor('u1'));
    cache.set('b', actor('u1'));
    cache.set('c', actor('u2'));
    cache.forgetUser('u1');
    expect([cache.get('a'), cache.get('b'), cache.get('c')?.userId]).toEqual([undefined, undefined, 'u2']);
    cache.forgetToken('c');
    expect(cache.get('c')).toBeUndefined();
  });

  it('keeps nothing with a lifetime of 0', () => {
    const cache = new SessionCache(0, () => 0);
    cache.set('a', actor('u1'));
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new SessionCache(2000, () => 0);
    for (let i = 0; i <= 10_000; i++) cache.set(`t${i}`, actor(`u${i}`));
    expect(cache.get('t0')).toBeUndefined();
    expect(cache.get('t1')?.userId).toBe('u1');
    expect(cache.get('t10000')?.userId).toBe('u10000');
  });
});

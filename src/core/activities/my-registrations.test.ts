import { describe, expect, it } from 'vitest';
import { isPastForMe, splitMine } from './my-registrations';

const session = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });
const at = (iso: string) => new Date(iso);
const published = { status: 'published' as const };

describe('我的活动: ahead of me or behind me', () => {
  const twoDays = [
    session('2026-12-06T09:00:00+08:00', '2026-12-06T11:00:00+08:00'),
    session('2026-12-13T09:00:00+08:00', '2026-12-13T11:00:00+08:00'),
  ];

  it('keeps a registration ahead until its last session has ended, also while one is under way', () => {
    const r = { activity: published, sessions: twoDays };
    expect(isPastForMe(r, at('2026-12-01T10:00:00+08:00'))).toBe(false);
    expect(isPastForMe(r, at('2026-12-06T10:00:00+08:00'))).toBe(false);
    expect(isPastForMe(r, at('2026-12-13T10:59:00+08:00'))).toBe(false);
    expect(isPastForMe(r, at('2026-12-13T11:01:00+08:00'))).toBe(true);
  });

  it('puts a finished or cancelled activity behind me at once', () => {
    const now = at('2026-12-01T10:00:00+08:00');
    expect(isPastForMe({ activity: { status: 'finished' }, sessions: twoDays }, now)).toBe(true);
    expect(isPastForMe({ activity: { status: 'cancelled' }, sessions: twoDays }, now)).toBe(true);
  });

  it('orders what is ahead soonest first and what is behind latest first', () => {
    const item = (id: string, day: string, past: boolean) => ({
      id,
      past,
      activity: published,
      sessions: [session(`2026-12-${day}T09:00:00+08:00`, `2026-12-${day}T10:00:00+08:00`)],
    });
    const { upcoming, past } = splitMine([
      item('a', '20', false),
      item('b', '10', false),
      item('c', '01', true),
      item('d', '03', true),
    ]);
    expect(upcoming.map((r) => r.id)).toEqual(['b', 'a']);
    expect(past.map((r) => r.id)).toEqual(['d', 'c']);
  });
});

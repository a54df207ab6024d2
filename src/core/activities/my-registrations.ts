/** What 我的活动 needs to place one of my registrations: the activity's state and its sessions' times. */
type Placed = {
  activity: { status: 'draft' | 'published' | 'finished' | 'cancelled' };
  sessions: { startsAt: string; endsAt: string }[];
};

/**
 * A registration is behind me (往期) once its activity is finished or cancelled, or its last session has
 * ended; until then it is ahead of me (即将参加), also while a session is under way.
 */
export function isPastForMe(registration: Placed, now: Date): boolean {
  const { status } = registration.activity;
  if (status === 'finished' || status === 'cancelled') return true;
  const ends = registration.sessions.map((s) => Date.parse(s.endsAt));
  return ends.length > 0 && Math.max(...ends) < now.getTime();
}

const firstStart = (r: Placed): string => r.sessions[0]?.startsAt ?? '9999';

/** 即将参加 soonest first, 往期 latest first: the order a resident looks for them in. */
export function splitMine<T extends Placed & { past: boolean }>(items: readonly T[]) {
  const upcoming = items.filter((r) => !r.past).sort((a, b) => firstStart(a).localeCompare(firstStart(b)));
  const past = items.filter((r) => r.past).sort((a, b) => firstStart(b).localeCompare(firstStart(a)));
  return { upcoming, past };
}

/** What the one button on a resident's phone may offer for an activity, by the same rules the server applies. */
export type SignUpState =
  /** 报名 (a free place) */
  | 'open'
  /** 报名候补 (full; the waitlist takes them in arrival order) */
  | 'waitlist'
  /** 报名未开始 */
  | 'notYetOpen'
  /** 进行中 (a session has begun and sign-up has ended) */
  | 'inProgress'
  /** 报名已截止 */
  | 'closed'
  /** 取消报名 (registered or waiting, before the cancellation deadline) */
  | 'cancellable'
  /** 已过取消截止 (registered or waiting; cancelling is no longer possible on the phone) */
  | 'cancellationClosed';

type ActivityTimes = {
  registrationOpensAt: string;
  registrationClosesAt: string;
  cancellationDeadline: string;
  registeredCount: number;
  capacity: number;
  sessions: { startsAt: string }[];
};

export function signUpState(activity: ActivityTimes, registered: boolean, now: Date): SignUpState {
  const at = now.getTime();
  if (registered) {
    return at > Date.parse(activity.cancellationDeadline) ? 'cancellationClosed' : 'cancellable';
  }
  if (at < Date.parse(activity.registrationOpensAt)) return 'notYetOpen';
  if (at > Date.parse(activity.registrationClosesAt)) {
    const started = activity.sessions.some((s) => Date.parse(s.startsAt) <= at);
    return started ? 'inProgress' : 'closed';
  }
  return activity.registeredCount >= activity.capacity ? 'waitlist' : 'open';
}

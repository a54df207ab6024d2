import { describe, expect, it } from 'vitest';
import { signUpState } from './sign-up-state';

const activity = {
  registrationOpensAt: '2026-12-01T09:00:00+08:00',
  registrationClosesAt: '2026-12-05T18:00:00+08:00',
  cancellationDeadline: '2026-12-05T12:00:00+08:00',
  registeredCount: 3,
  capacity: 5,
  sessions: [{ startsAt: '2026-12-06T09:00:00+08:00' }],
};
const at = (iso: string) => new Date(iso);

describe('the phone sign-up button', () => {
  it('offers 报名 while the window is open, and the waitlist once full', () => {
    expect(signUpState(activity, false, at('2026-12-03T10:00:00+08:00'))).toBe('open');
    expect(signUpState({ ...activity, registeredCount: 5 }, false, at('2026-12-03T10:00:00+08:00'))).toBe(
      'waitlist',
    );
  });

  it('says when sign-up has not opened, has closed, or the activity is under way', () => {
    expect(signUpState(activity, false, at('2026-12-01T08:59:00+08:00'))).toBe('notYetOpen');
    expect(signUpState(activity, false, at('2026-12-05T18:01:00+08:00'))).toBe('closed');
    expect(signUpState(activity, false, at('2026-12-06T09:30:00+08:00'))).toBe('inProgress');
  });

  it('lets the registered cancel until the deadline only', () => {
    expect(signUpState(activity, true, at('2026-12-05T11:59:00+08:00'))).toBe('cancellable');
    expect(signUpState(activity, true, at('2026-12-05T12:01:00+08:00'))).toBe('cancellationClosed');
  });
});

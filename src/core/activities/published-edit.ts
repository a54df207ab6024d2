import type { ActivityInput } from './contract';

/**
 * What a published activity keeps fixed: people signed up under these terms (who may come, how many,
 * when sign-up and cancellation close, how many 节), so changing them would break their registrations.
 * Description, place, brands, target groups, project and photos stay editable; times too, with notice.
 */
export const LOCKED_AFTER_PUBLISHING = [
  'kind',
  'title',
  'capacity',
  'audience',
  'registrationOpensAt',
  'registrationClosesAt',
  'cancellationDeadline',
  'priorityOpensAt',
  'sessions',
] as const;
export type LockedField = (typeof LOCKED_AFTER_PUBLISHING)[number];

/** The published plan as stored, in the terms of the form's input. */
export type PublishedPlan = {
  kind: ActivityInput['kind'];
  title: string;
  capacity: number;
  audience: ActivityInput['audience'];
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  cancellationDeadline: Date;
  priorityOpensAt: Date | null;
  sessionCount: number;
};

// The form picks times to the minute: a stored time with seconds (set through the API) is unchanged
// when the form sends the same minute back.
const minute = (ms: number) => Math.floor(ms / 60_000);
const sameInstant = (a: Date | null, b: string | null) =>
  a === null || b === null ? a === b : minute(a.getTime()) === minute(Date.parse(b));

/** The fixed fields an edit would change; empty when it may go ahead. */
export function lockedFieldsChanged(plan: PublishedPlan, input: ActivityInput): LockedField[] {
  const changed: Record<LockedField, boolean> = {
    kind: plan.kind !== input.kind,
    title: plan.title !== input.title,
    capacity: plan.capacity !== input.capacity,
    audience: plan.audience !== input.audience,
    registrationOpensAt: !sameInstant(plan.registrationOpensAt, input.registrationOpensAt),
    registrationClosesAt: !sameInstant(plan.registrationClosesAt, input.registrationClosesAt),
    cancellationDeadline: !sameInstant(plan.cancellationDeadline, input.cancellationDeadline),
    priorityOpensAt: !sameInstant(plan.priorityOpensAt, input.priorityOpensAt),
    sessions: plan.sessionCount !== input.sessions.length,
  };
  return LOCKED_AFTER_PUBLISHING.filter((field) => changed[field]);
}

type SessionTimes = { startsAt: Date; endsAt: Date };

/** Whether any session (matched by its order) moves, so registrants must be told. */
export const sessionTimesMoved = (stored: SessionTimes[], input: ActivityInput['sessions']): boolean =>
  input.some(
    (s, i) =>
      !sameInstant(stored[i]?.startsAt ?? null, s.startsAt) ||
      !sameInstant(stored[i]?.endsAt ?? null, s.endsAt),
  );

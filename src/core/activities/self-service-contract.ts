import { z } from 'zod';
import { activityStatuses, activityView } from './contract';

/** The answer to a sign-up, from the phone or at the counter. */
export const registerOutcome = z.object({
  registrationId: z.string(),
  status: z.enum(['registered', 'waitlisted']),
  /** The waitlist's sequence number given at sign-up; kept as issued, never renumbered. */
  waitlistPosition: z.number().int().nullable(),
  /** 1-based place among those still waiting right after sign-up; null when registered. */
  waitlistRank: z.number().int().nullable(),
});
export type RegisterOutcome = z.infer<typeof registerOutcome>;

export const myActivity = activityView.extend({
  myRegistration: z
    .object({
      id: z.string(),
      status: z.enum(['registered', 'waitlisted']),
      /** Current 1-based place among those still waiting; null when registered. */
      waitlistRank: z.number().int().nullable(),
    })
    .nullable(),
  /** When sign-up opens for this resident: the priority opening for a volunteer holding the flag. */
  opensForMeAt: z.string(),
});
export type MyActivity = z.infer<typeof myActivity>;

export const checkInOutcome = z.object({
  activityTitle: z.string(),
  sessionSeq: z.number().int(),
  alreadyCheckedIn: z.boolean(),
});
export type CheckInOutcome = z.infer<typeof checkInOutcome>;

/** One of my live registrations on 我的活动, with each session's check-in as the phone shows it. */
export const myRegistration = z.object({
  id: z.string(),
  status: z.enum(['registered', 'waitlisted']),
  /** Current 1-based place among those still waiting; null when registered. */
  waitlistRank: z.number().int().nullable(),
  /** Behind me (往期) by the server's clock: see isPastForMe. */
  past: z.boolean(),
  activity: z.object({
    id: z.string(),
    title: z.string(),
    place: z.string(),
    orgUnitName: z.string(),
    status: z.enum(activityStatuses),
  }),
  sessions: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      startsAt: z.string(),
      endsAt: z.string(),
      /** When I was checked in to this session; null when I was not (yet). */
      checkedInAt: z.string().nullable(),
    }),
  ),
});
export type MyRegistration = z.infer<typeof myRegistration>;

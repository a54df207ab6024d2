import { z } from 'zod';
import { activityView } from './contract';

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
});
export type MyActivity = z.infer<typeof myActivity>;

export const checkInOutcome = z.object({
  activityTitle: z.string(),
  sessionSeq: z.number().int(),
  alreadyCheckedIn: z.boolean(),
});
export type CheckInOutcome = z.infer<typeof checkInOutcome>;

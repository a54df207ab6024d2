import { z } from 'zod';
import { residentCaseEntry } from '../cases/contract';
import { activityKinds } from './contract';

/** One service a resident received, for the timeline on the resident's page; `at` orders the entries. */
export const residentServiceEntry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('activity'),
    at: z.string(),
    activityId: z.string(),
    title: z.string(),
    kind: z.enum(activityKinds),
    brands: z.array(z.string()),
    seq: z.number().int(),
    startsAt: z.string(),
    method: z.enum(['qr', 'staff', 'paper', 'walkIn']),
  }),
  residentCaseEntry.extend({ type: z.literal('case'), at: z.string() }),
]);
export type ResidentServiceEntry = z.infer<typeof residentServiceEntry>;

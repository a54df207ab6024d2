import { z } from 'zod';
import { residentCaseEntry } from '../cases/contract';
import { activityKinds } from './contract';

/**
 * One service a resident received (an activity session attended, a case, a home visit), for the timeline
 * on the resident's page; `at` orders the entries.
 */
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
  z.object({
    type: z.literal('visit'),
    at: z.string(),
    visitId: z.string(),
    visitedOn: z.string(),
    visitorName: z.string(),
    followUpNeeded: z.boolean(),
    followUpDoneOn: z.string().nullable(),
    followUpDoneBy: z.string().nullable(),
  }),
]);
export type ResidentServiceEntry = z.infer<typeof residentServiceEntry>;

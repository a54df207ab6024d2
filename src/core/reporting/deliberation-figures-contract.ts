import { z } from 'zod';
import { meetingKindValues } from '../meetings/contract';
import { needCategories } from '../needs/contract';

export const deliberationFiguresQuery = z.object({
  orgUnitId: z.uuid('编号无效').optional(),
  from: z.iso.date('日期格式应为 YYYY-MM-DD'),
  to: z.iso.date('日期格式应为 YYYY-MM-DD'),
});
export type DeliberationFiguresQuery = z.infer<typeof deliberationFiguresQuery>;

// 议事协商 in a unit (and below it) in a period: the needs list, the meetings and the suggestion box.
const needCounts = z.object({
  raised: z.number().int(),
  accepted: z.number().int(),
  resolved: z.number().int(),
  declined: z.number().int(),
  /** Whole days from raised to resolved, median of those resolved in the period. */
  medianDaysToResolve: z.number().nullable(),
});

const meetingCounts = z.object({
  meetingsHeld: z.number().int(),
  heldByKind: z.record(z.enum(meetingKindValues), z.number().int()),
  decisions: z.number().int(),
  /** Action items due in the period, how many are done, done by their due day, and open past it. */
  actionItems: z.number().int(),
  actionItemsDone: z.number().int(),
  actionItemsDoneOnTime: z.number().int(),
  actionItemsOverdue: z.number().int(),
});

const suggestionCounts = z.object({
  received: z.number().int(),
  replied: z.number().int(),
  closed: z.number().int(),
  turnedIntoNeeds: z.number().int(),
  medianHoursToReply: z.number().nullable(),
});

const figures = { needs: needCounts, meetings: meetingCounts, suggestions: suggestionCounts };

export const deliberationFigures = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  from: z.string(),
  to: z.string(),
  ...figures,
  /** The unit's needs per category that saw anything in the period. */
  needsByCategory: z.array(needCounts.extend({ category: z.enum(needCategories) })),
  /** The units directly below; empty for a community. */
  byUnit: z.array(z.object({ orgUnitId: z.string(), name: z.string(), ...figures })),
});
export type DeliberationFigures = z.infer<typeof deliberationFigures>;

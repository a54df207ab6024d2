import { z } from 'zod';

export const volunteerFiguresQuery = z.object({
  orgUnitId: z.uuid('编号无效').optional(),
  from: z.iso.date('日期格式应为 YYYY-MM-DD'),
  to: z.iso.date('日期格式应为 YYYY-MM-DD'),
});

// Volunteering in a unit (and below it): people now, service, points and the shop in the period.
const fields = {
  /** 注册志愿者: active volunteers now. */
  registered: z.number().int(),
  /** 待审核 applications now. */
  applied: z.number().int(),
  volunteerHours: z.number(),
  volunteersServing: z.number().int(),
  pointsIssued: z.number().int(),
  pointsRedeemed: z.number().int(),
  /** Points volunteers hold now. */
  pointsOutstanding: z.number().int(),
  redemptionsCollected: z.number().int(),
  /** Value in yuan (two decimals) of the goods and services handed over. */
  valueRedeemed: z.string(),
};

export const volunteerFigures = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  from: z.string(),
  to: z.string(),
  ...fields,
  /** The units directly below; empty for a community. */
  byUnit: z.array(z.object({ orgUnitId: z.string(), name: z.string(), ...fields })),
  /** Approved hours per project of the activities served at; null for service outside any project. */
  byProject: z.array(
    z.object({
      projectId: z.string().nullable(),
      projectName: z.string().nullable(),
      volunteerHours: z.number(),
      volunteersServing: z.number().int(),
    }),
  ),
});
export type VolunteerFigures = z.infer<typeof volunteerFigures>;

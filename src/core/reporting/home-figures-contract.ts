import { z } from 'zod';

const figure = z.number().int();

/**
 * The home of a street or the district: this year's service per unit directly below it, the projects
 * running in its scope with their figures, and the overdue visits per unit. Figures are the service
 * figures' own (the same period and rules), so each row's link opens the same numbers.
 */
export const homeFigures = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  from: z.string(),
  to: z.string(),
  personTimes: figure,
  distinctPeopleServed: figure,
  overdueVisits: figure,
  units: z.array(
    z.object({
      orgUnitId: z.string(),
      name: z.string(),
      personTimes: figure,
      distinctPeopleServed: figure,
      overdueVisits: figure,
    }),
  ),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      purchaserName: z.string(),
      activitiesHeld: figure,
      personTimes: figure,
      distinctPeopleServed: figure,
    }),
  ),
});
export type HomeFigures = z.infer<typeof homeFigures>;

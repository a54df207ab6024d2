import type { HomeFigures } from '../../../core/reporting/home-figures-contract';
import type { ServiceContext } from '../../platform/context';
import { activityFigureSet } from '../activities/service';
import { overdueVisitsBelow } from '../cases/service';
import { getOrgUnitInScope, unitsDirectlyBelow } from '../org-units/service';
import { listProjects } from '../projects/service';
import { cachedFigures } from './figure-cache';

// A street or the district runs a handful of projects at a time; the home shows them all up to this.
const projectsShown = 20;

/**
 * This calendar year's service figures (Asia/Shanghai) of the caller's unit and each unit directly below,
 * the running projects in scope with their figures in the same unit and year, and overdue visits per
 * unit: the street's or district's "today". Each module counts its own records through its service.
 */
export async function homeFigures(ctx: ServiceContext): Promise<HomeFigures> {
  const unit = await getOrgUnitInScope(ctx, ctx.actor.membership.orgUnitId);
  const year = ctx.clock.today().slice(0, 4);
  const period = { unitPath: unit.path, from: `${year}-01-01`, to: `${year}-12-31` };
  const running = await listProjects(ctx, { status: 'active', page: 1, pageSize: projectsShown });
  const projectIds = running.items.map((p) => p.id);
  const key = JSON.stringify(['home', ctx.actor.membership.orgPath, unit.id, period, projectIds]);
  const { units, totals, byUnit, byProject } = await cachedFigures(ctx, unit.path, key, async () => {
    const below = await unitsDirectlyBelow(ctx, unit.id);
    const figures = await activityFigureSet(ctx, period, below, projectIds);
    return { value: { units: below, ...figures }, until: figures.nextSessionAt };
  });
  // Overdue visits depend on today and on the plans, which no figure mark follows: counted each time.
  const overdue = await overdueVisitsBelow(ctx, [unit, ...units]);
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    from: period.from,
    to: period.to,
    personTimes: totals.personTimes,
    distinctPeopleServed: totals.distinctPeopleServed,
    overdueVisits: overdue.get(unit.id) ?? 0,
    units: units.map((u) => ({
      orgUnitId: u.id,
      name: u.name,
      personTimes: byUnit.get(u.id)?.personTimes ?? 0,
      distinctPeopleServed: byUnit.get(u.id)?.distinctPeopleServed ?? 0,
      overdueVisits: overdue.get(u.id) ?? 0,
    })),
    projects: running.items.map((p) => ({
      id: p.id,
      name: p.name,
      purchaserName: p.purchaserName,
      activitiesHeld: byProject.get(p.id)?.activitiesHeld ?? 0,
      personTimes: byProject.get(p.id)?.personTimes ?? 0,
      distinctPeopleServed: byProject.get(p.id)?.distinctPeopleServed ?? 0,
    })),
  };
}

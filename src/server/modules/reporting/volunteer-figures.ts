import type { z } from 'zod';
import type {
  VolunteerFigures,
  volunteerFiguresQuery,
} from '../../../core/reporting/volunteer-figures-contract';
import type { ServiceContext } from '../../platform/context';
import { getOrgUnitInScope, unitsDirectlyBelow } from '../org-units/service';
import { pointsFiguresByUnit } from '../points/service';
import { projectNames } from '../projects/service';
import { shopFiguresByUnit } from '../shop/service';
import {
  volunteerCountsByUnit,
  volunteerHoursByProject,
  volunteerServiceFiguresByUnit,
} from '../volunteers/service';

type Query = z.infer<typeof volunteerFiguresQuery>;
type UnitRef = { id: string; path: string };

/** Each module's part for each of `units`, put together in one row per unit (in the order of `units`). */
async function figuresFor(ctx: ServiceContext, query: Query, units: readonly UnitRef[]) {
  const period = { from: query.from, to: query.to };
  const [counts, service, points, shop] = await Promise.all([
    volunteerCountsByUnit(ctx, units),
    volunteerServiceFiguresByUnit(ctx, { unitPath: ctx.actor.membership.orgPath, ...period }, units),
    pointsFiguresByUnit(ctx, period, units),
    shopFiguresByUnit(ctx, period, units),
  ]);
  return units.map((unit) => ({
    registered: counts.get(unit.id)?.registered ?? 0,
    applied: counts.get(unit.id)?.applied ?? 0,
    volunteerHours: service.get(unit.id)?.volunteerHours ?? 0,
    volunteersServing: service.get(unit.id)?.volunteersServing ?? 0,
    pointsIssued: points.get(unit.id)?.pointsIssued ?? 0,
    pointsRedeemed: points.get(unit.id)?.pointsRedeemed ?? 0,
    pointsOutstanding: points.get(unit.id)?.pointsOutstanding ?? 0,
    redemptionsCollected: shop.get(unit.id)?.redemptionsCollected ?? 0,
    valueRedeemed: shop.get(unit.id)?.valueRedeemed ?? '0.00',
  }));
}

/**
 * Volunteering of a unit and the units directly below it, from the records (志愿者, 服务时长, 积分,
 * 友邻超市): each row and the total are computed for their own unit, never summed from rows (a
 * volunteer serving in two communities is one volunteer).
 */
export async function volunteerFigures(ctx: ServiceContext, query: Query): Promise<VolunteerFigures> {
  const unit = await getOrgUnitInScope(ctx, query.orgUnitId ?? ctx.actor.membership.orgUnitId);
  const below = await unitsDirectlyBelow(ctx, unit.id);
  const [[totals], rows, byProject] = await Promise.all([
    figuresFor(ctx, query, [unit]),
    figuresFor(ctx, query, below),
    volunteerHoursByProject(ctx, { unitPath: unit.path, from: query.from, to: query.to }),
  ]);
  const names = await projectNames(
    ctx,
    byProject.flatMap((p) => (p.projectId ? [p.projectId] : [])),
  );
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    from: query.from,
    to: query.to,
    ...totals,
    byUnit: below.map((row, i) => ({ orgUnitId: row.id, name: row.name, ...rows[i] })),
    byProject: byProject.map((p) => ({
      ...p,
      projectName: p.projectId ? (names.get(p.projectId) ?? null) : null,
    })),
  };
}

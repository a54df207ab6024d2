import type {
  DeliberationFigures,
  DeliberationFiguresQuery,
} from '../../../core/reporting/deliberation-figures-contract';
import type { ServiceContext } from '../../platform/context';
import { meetingFiguresByUnit } from '../meetings/service';
import { needFigures, needFiguresByUnit } from '../needs/service';
import { getOrgUnitInScope, unitsDirectlyBelow } from '../org-units/service';
import { suggestionFiguresByUnit } from '../suggestions/service';

type UnitRef = { id: string; path: string };

/** Each module's part for each of `units`, put together in one row per unit (in the order of `units`). */
async function figuresFor(ctx: ServiceContext, query: DeliberationFiguresQuery, units: readonly UnitRef[]) {
  const f = { unitPath: ctx.actor.membership.orgPath, from: query.from, to: query.to };
  const [needs, meetings, suggestions] = await Promise.all([
    needFiguresByUnit(ctx, f, units),
    meetingFiguresByUnit(ctx, f, units),
    suggestionFiguresByUnit(ctx, f, units),
  ]);
  return units.map((unit) => {
    const need = needs.get(unit.id);
    const meeting = meetings.get(unit.id);
    const suggestion = suggestions.get(unit.id);
    if (!need || !meeting || !suggestion) throw new Error(`no figures for unit ${unit.id}`);
    return { needs: need, meetings: meeting, suggestions: suggestion };
  });
}

/**
 * 议事协商 of a unit and the units directly below it: needs raised, accepted, resolved and the median
 * time to resolve; meetings held per kind, decisions and action items; suggestions and response times.
 * Each row and the total are computed for their own unit, never summed from the rows.
 */
export async function deliberationFigures(
  ctx: ServiceContext,
  query: DeliberationFiguresQuery,
): Promise<DeliberationFigures> {
  const unit = await getOrgUnitInScope(ctx, query.orgUnitId ?? ctx.actor.membership.orgUnitId);
  const below = await unitsDirectlyBelow(ctx, unit.id);
  const [[totals], rows, byCategory] = await Promise.all([
    figuresFor(ctx, query, [unit]),
    figuresFor(ctx, query, below),
    needFigures(ctx, { unitPath: unit.path, from: query.from, to: query.to }),
  ]);
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    from: query.from,
    to: query.to,
    ...totals,
    needsByCategory: byCategory.byCategory,
    byUnit: below.map((row, i) => ({ orgUnitId: row.id, name: row.name, ...rows[i] })),
  };
}

import type { z } from 'zod';
import {
  type ServiceFigures,
  type serviceFiguresQuery,
  serviceTargetGroupLabels,
} from '../../../core/activities/contract';
import type { ResidentServiceEntry } from '../../../core/activities/timeline-contract';
import type { ServiceContext } from '../../platform/context';
import { activityFigureSet, type HeldFilter, sessionsAttendedBy } from '../activities/service';
import { caseAndVisitCounts, casesOfResident, visitDatesOf } from '../cases/service';
import { getOrgUnitInScope, unitsDirectlyBelow } from '../org-units/service';
import { getVisibleProject } from '../projects/service';
import { getResidentRef } from '../residents/service';
import { volunteerServiceFigures } from '../volunteers/service';
import { cachedFigures } from './figure-cache';
import { figuresTitle, serviceFiguresXlsx } from './workbook';

type FiguresQuery = z.infer<typeof serviceFiguresQuery>;

/** The units directly below the unit, and each module's figures of the unit and of each of them. */
async function countFigures(ctx: ServiceContext, unitId: string, filter: HeldFilter) {
  const units = await unitsDirectlyBelow(ctx, unitId);
  const { unitPath, from, to, projectId } = filter;
  const [activity, casework, service] = await Promise.all([
    activityFigureSet(ctx, filter, units),
    caseAndVisitCounts(ctx, filter, units),
    volunteerServiceFigures(ctx, { unitPath, from, to, projectId }, units),
  ]);
  return { value: { units, activity, casework, service }, until: activity.nextSessionAt };
}

/**
 * Service figures of a unit and everything below it for sessions that started in [from, to]
 * (Asia/Shanghai dates), from the records: one person at one session counts once; guests by number.
 * With a project, only that project's work in the unit counts. Broken down by brand, target group and
 * the units directly below. Each module counts its own records; a total is the unit's own figure,
 * never a sum of its rows (a person served in two communities is one person).
 */
export async function serviceFigures(ctx: ServiceContext, query: FiguresQuery): Promise<ServiceFigures> {
  const unit = await getOrgUnitInScope(ctx, query.orgUnitId ?? ctx.actor.membership.orgUnitId);
  const project = query.projectId ? await getVisibleProject(ctx, query.projectId) : null;
  const filter: HeldFilter = { ...query, unitPath: unit.path, projectId: project?.id };
  const key = JSON.stringify(['service', ctx.actor.membership.orgPath, unit.id, filter]);
  const { units, activity, casework, service } = await cachedFigures(ctx, unit.path, key, () =>
    countFigures(ctx, unit.id, filter),
  );
  const byUnit = units.map((row) => {
    const below = activity.byUnit.get(row.id);
    const counts = casework.byUnit.get(row.id);
    const serving = service.byUnit.get(row.id);
    return {
      orgUnitId: row.id,
      name: row.name,
      activitiesHeld: below?.activitiesHeld ?? 0,
      groups: below?.groups ?? 0,
      groupSessions: below?.groupSessions ?? 0,
      distinctPeopleServed: below?.distinctPeopleServed ?? 0,
      personTimes: below?.personTimes ?? 0,
      guests: below?.guests ?? 0,
      casesOpened: counts?.opened ?? 0,
      casesClosed: counts?.closed ?? 0,
      visitsMade: counts?.visits ?? 0,
      volunteerHours: serving?.volunteerHours ?? 0,
      volunteersServing: serving?.volunteersServing ?? 0,
    };
  });
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    from: query.from,
    to: query.to,
    project: project ? { id: project.id, name: project.name } : null,
    ...activity.totals,
    casesOpened: casework.totals.opened,
    casesClosed: casework.totals.closed,
    visitsMade: casework.totals.visits,
    ...service.totals,
    byBrand: activity.byBrand,
    byTargetGroup: activity.byTargetGroup,
    byUnit,
  };
}

/** The figures as a workbook (服务统计表.xlsx), with the filters that narrowed them written on it. */
/** 服务统计表.xlsx, named after the unit and period, filed by the caller's unit and name, dated today. */
export async function serviceFiguresWorkbook(
  ctx: ServiceContext,
  query: FiguresQuery,
): Promise<{ file: Buffer; fileName: string }> {
  const figures = await serviceFigures(ctx, query);
  const filters = [
    query.brand ? `品牌：${query.brand}` : '',
    query.targetGroup ? `服务对象：${serviceTargetGroupLabels[query.targetGroup]}` : '',
    figures.project ? `项目：${figures.project.name}` : '',
  ].filter(Boolean);
  const filing = {
    unitName: ctx.actor.membership.orgUnitName,
    preparedBy: ctx.actor.name,
    preparedOn: ctx.clock.today(),
  };
  return {
    file: await serviceFiguresXlsx(figures, filters, filing),
    fileName: `${figuresTitle(figures)}.xlsx`,
  };
}

/**
 * Every service a resident received, newest first: the timeline on the resident's page. Cases appear
 * (at their opening day) only to those who may see them whole; visits by date and visitor only.
 */
export async function servicesReceived(
  ctx: ServiceContext,
  residentId: string,
): Promise<ResidentServiceEntry[]> {
  await getResidentRef(ctx, residentId);
  const [attended, opened, visited] = await Promise.all([
    sessionsAttendedBy(ctx, residentId),
    casesOfResident(ctx, residentId),
    visitDatesOf(ctx, residentId),
  ]);
  const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
  const entries: ResidentServiceEntry[] = [
    ...attended.map((a) => ({ type: 'activity' as const, at: a.startsAt, ...a })),
    ...opened.map((c) => ({ type: 'case' as const, at: dayStart(c.openedOn), ...c })),
    ...visited.map((v) => ({ type: 'visit' as const, at: dayStart(v.visitedOn), ...v })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

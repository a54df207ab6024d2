import type { z } from 'zod';
import {
  type ServiceFigures,
  type ServiceTargetGroup,
  type serviceFiguresQuery,
  serviceTargetGroupLabels,
} from '../../../core/activities/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { caseAndVisitCounts, caseAndVisitCountsBelow } from '../cases/service';
import { getOrgUnitInScope } from '../org-units/service';
import { getVisibleProject } from '../projects/service';
import { serviceFiguresXlsx } from './figures-export';
import {
  activityFiguresByTag,
  activityFiguresByUnit,
  activityTotals,
  type HeldFilter,
} from './figures-queries';

type FiguresQuery = z.infer<typeof serviceFiguresQuery>;

/**
 * Service figures of a unit and everything below it for sessions that started in [from, to]
 * (Asia/Shanghai dates), from the records: one person at one session counts once; guests by number.
 * With a project, only that project's activities in the unit count. Broken down by brand, target
 * group and the units directly below.
 */
export async function serviceFigures(db: Db, actor: Actor, query: FiguresQuery): Promise<ServiceFigures> {
  const unit = await getOrgUnitInScope(db, actor, query.orgUnitId ?? actor.membership.orgUnitId);
  const project = query.projectId ? await getVisibleProject(db, actor, query.projectId) : null;
  const filter: HeldFilter = { ...query, unitPath: unit.path, projectId: project?.id };
  const [totals, byBrand, byTargetGroup, units, casework, caseworkBelow] = await Promise.all([
    activityTotals(db, filter),
    activityFiguresByTag(db, filter, 'brands'),
    activityFiguresByTag(db, filter, 'target_groups'),
    activityFiguresByUnit(db, unit.id, filter),
    caseAndVisitCounts(db, unit.path, query.from, query.to, project?.id),
    caseAndVisitCountsBelow(db, unit.id, query.from, query.to, project?.id),
  ]);
  const byUnit = units.map((row) => {
    const counts = caseworkBelow.get(row.orgUnitId);
    return {
      ...row,
      casesOpened: counts?.opened ?? 0,
      casesClosed: counts?.closed ?? 0,
      visitsMade: counts?.visits ?? 0,
    };
  });
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    from: query.from,
    to: query.to,
    project: project ? { id: project.id, name: project.name } : null,
    ...totals,
    casesOpened: casework.opened,
    casesClosed: casework.closed,
    visitsMade: casework.visits,
    byBrand: byBrand.map(({ key, ...figures }) => ({ brand: key, ...figures })),
    byTargetGroup: byTargetGroup.map(({ key, ...figures }) => ({
      targetGroup: key as ServiceTargetGroup,
      ...figures,
    })),
    byUnit,
  };
}

/** The figures as a workbook (服务统计表.xlsx), with the filters that narrowed them written on it. */
export async function serviceFiguresWorkbook(db: Db, actor: Actor, query: FiguresQuery): Promise<Buffer> {
  const figures = await serviceFigures(db, actor, query);
  const filters = [
    query.brand ? `品牌：${query.brand}` : '',
    query.targetGroup ? `服务对象：${serviceTargetGroupLabels[query.targetGroup]}` : '',
    figures.project ? `项目：${figures.project.name}` : '',
  ].filter(Boolean);
  return serviceFiguresXlsx(figures, filters);
}

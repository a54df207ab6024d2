import type {
  NeedCategory,
  NeedPriority,
  NeedRefKind,
  NeedSourceKind,
  NeedTargetGroup,
} from '../../../core/needs/contract';
import { AppError } from '../../http/errors';
import { pathWithin } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getVisitRef } from '../cases/service';
import { getOrgUnitInScope, placesOfCommunity } from '../org-units/service';
import { getResidentRef } from '../residents/service';
import { addNeedEvent } from './access';
import { needSources, needs } from './schema';

export type { NeedSourceKind } from '../../../core/needs/contract';

export type RaiseNeedInput = {
  title: string;
  description?: string;
  category: NeedCategory;
  targetGroup: NeedTargetGroup;
  compoundId?: string | null;
  gridId?: string | null;
  priority?: NeedPriority;
  /** The community; default the actor's unit (must be a community in scope). */
  orgUnitId?: string;
  source: {
    kind: NeedSourceKind;
    refId?: string | null;
    residentId?: string | null;
    note?: string;
    raisedAt?: Date;
  };
};

/** The record a source names, as the thread's `raised` step refers to it. */
const sourceRefKind: Partial<Record<NeedSourceKind, NeedRefKind>> = {
  gridVisit: 'visit',
  survey: 'surveyResponse',
  suggestion: 'suggestion',
};

async function communityOf(ctx: ServiceContext, orgUnitId: string | undefined) {
  const unit = await getOrgUnitInScope(ctx, orgUnitId ?? ctx.actor.membership.orgUnitId);
  if (unit.kind !== 'community')
    throw new AppError('needs.not_a_community', 400, [{ path: 'orgUnitId', message: '请选择社区' }]);
  return unit;
}

async function assertPlaces(ctx: ServiceContext, unitId: string, input: RaiseNeedInput) {
  if (!input.compoundId && !input.gridId) return;
  const places = await placesOfCommunity(ctx.db, unitId);
  if (input.compoundId && !places.compounds.some((c) => c.id === input.compoundId))
    throw new AppError('needs.unknown_place', 400, [{ path: 'compoundId', message: '小区不属于该社区' }]);
  if (input.gridId && !places.grids.some((g) => g.id === input.gridId))
    throw new AppError('needs.unknown_place', 400, [{ path: 'gridId', message: '网格不属于该社区' }]);
}

/**
 * The resident a source names (who is told when the need is resolved): the given one, or a grid
 * visit's resident. One out of scope is not found (404, as anywhere else); one in scope but of another
 * community than the need's is bad input.
 */
async function sourceResident(ctx: ServiceContext, unitPath: string, source: RaiseNeedInput['source']) {
  const elsewhere = (path: string) =>
    new AppError('needs.unknown_source', 400, [{ path, message: '不属于该社区' }]);
  let residentId = source.residentId ?? null;
  if (source.kind === 'gridVisit' && source.refId) {
    const visit = await getVisitRef(ctx, source.refId);
    if (!pathWithin(visit.orgPath, unitPath)) throw elsewhere('source.visitId');
    residentId ??= visit.residentId;
  }
  if (!residentId) return null;
  const resident = await getResidentRef(ctx, residentId);
  if (!pathWithin(resident.orgPath, unitPath)) throw elsewhere('source.residentId');
  return resident.id;
}

/**
 * Puts a need on its community's list (status `new`) with its first source and the thread's `raised`
 * step. Runs in the caller's transaction: surveys and suggestions raise needs from their own records.
 */
export async function raiseNeed(ctx: ServiceContext, input: RaiseNeedInput): Promise<{ id: string }> {
  const unit = await communityOf(ctx, input.orgUnitId);
  await assertPlaces(ctx, unit.id, input);
  const residentId = await sourceResident(ctx, unit.path, input.source);
  const raisedAt = input.source.raisedAt ?? ctx.clock.now();
  if (raisedAt.getTime() > ctx.clock.now().getTime())
    throw new AppError('needs.raised_in_future', 400, [
      { path: 'source.raisedOn', message: '提出日期不能晚于今天' },
    ]);
  const [row] = await ctx.db
    .insert(needs)
    .values({
      orgUnitId: unit.id,
      orgPath: unit.path,
      title: input.title,
      description: input.description ?? '',
      category: input.category,
      targetGroup: input.targetGroup,
      compoundId: input.compoundId ?? null,
      gridId: input.gridId ?? null,
      priority: input.priority ?? 'normal',
      status: 'new',
      sourceKind: input.source.kind,
      raisedAt,
      createdBy: ctx.actor.name,
    })
    .returning({ id: needs.id, orgPath: needs.orgPath });
  await ctx.db.insert(needSources).values({
    needId: row.id,
    orgPath: unit.path,
    kind: input.source.kind,
    refId: input.source.refId ?? null,
    residentId,
    note: input.source.note ?? '',
    raisedAt,
  });
  const refKind = sourceRefKind[input.source.kind] ?? null;
  await addNeedEvent(ctx, row, 'raised', {
    note: input.source.note,
    refKind: input.source.refId ? refKind : null,
    refId: input.source.refId ?? null,
    at: raisedAt,
  });
  await recordAudit(ctx, {
    action: 'needs.raised',
    entity: 'need',
    entityId: row.id,
    orgUnit: { id: unit.id, path: unit.path },
    detail: { sourceKind: input.source.kind },
  });
  return { id: row.id };
}

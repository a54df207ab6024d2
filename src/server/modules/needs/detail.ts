import { and, asc, eq, inArray } from 'drizzle-orm';
import { type NeedDetail, type NeedEventKind, needEventKinds } from '../../../core/needs/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { residentNames } from '../residents/service';
import { userNameOf } from '../users/service';
import { toNeedSummary } from './list';
import { needEvents, needSources, needs } from './schema';
import { summaryColumns } from './summary-columns';

// Steps written in one transaction share a time (a meeting's agenda and its decision): the loop's
// order tells them apart.
const byTimeThenStep = (a: { at: Date; kind: NeedEventKind }, b: { at: Date; kind: NeedEventKind }) =>
  a.at.getTime() - b.at.getTime() || needEventKinds.indexOf(a.kind) - needEventKinds.indexOf(b.kind);

/** Titles of needs a thread names (merges), in scope. */
async function needTitles(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: needs.id, title: needs.title })
    .from(needs)
    .where(and(inArray(needs.id, ids), inScope(ctx.actor, needs.orgPath)));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** A need with its sources and its whole thread: raised → agenda → decision → actions → result. */
export async function getNeed(ctx: ServiceContext, id: string): Promise<NeedDetail> {
  const [row] = await ctx.db
    .select({
      ...summaryColumns,
      description: needs.description,
      declineReason: needs.declineReason,
      resolution: needs.resolution,
      acceptedAt: needs.acceptedAt,
      mergedIntoId: needs.mergedIntoId,
      createdBy: needs.createdBy,
    })
    .from(needs)
    .where(and(eq(needs.id, id), inScope(ctx.actor, needs.orgPath)));
  if (!row) throw new AppError('needs.not_found', 404);
  const [sources, events] = await Promise.all([
    ctx.db.select().from(needSources).where(eq(needSources.needId, id)).orderBy(asc(needSources.raisedAt)),
    ctx.db
      .select({
        id: needEvents.id,
        kind: needEvents.kind,
        note: needEvents.note,
        refKind: needEvents.refKind,
        refId: needEvents.refId,
        actorName: userNameOf(needEvents.actorUserId),
        at: needEvents.at,
      })
      .from(needEvents)
      .where(eq(needEvents.needId, id))
      .orderBy(asc(needEvents.at), asc(needEvents.id)),
  ]);
  const residentIds = sources.flatMap((s) => (s.residentId ? [s.residentId] : []));
  const needIds = events.flatMap((e) => (e.refKind === 'need' && e.refId ? [e.refId] : []));
  if (row.mergedIntoId) needIds.push(row.mergedIntoId);
  const [names, titles] = await Promise.all([residentNames(ctx, residentIds), needTitles(ctx, needIds)]);
  const { description, declineReason, resolution, acceptedAt, mergedIntoId, createdBy, ...summary } = row;
  return {
    ...toNeedSummary(summary),
    description,
    declineReason,
    resolution,
    acceptedAt: acceptedAt?.toISOString() ?? null,
    createdBy,
    mergedInto: mergedIntoId ? { id: mergedIntoId, title: titles.get(mergedIntoId) ?? '' } : null,
    sources: sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      refId: s.refId,
      residentId: s.residentId,
      residentName: s.residentId ? (names.get(s.residentId) ?? null) : null,
      note: s.note,
      raisedAt: s.raisedAt.toISOString(),
    })),
    events: events.sort(byTimeThenStep).map((e) => ({
      ...e,
      refTitle: e.refKind === 'need' && e.refId ? (titles.get(e.refId) ?? null) : null,
      at: e.at.toISOString(),
    })),
  };
}

/** Other open needs of the same community, for the merge picker. */
export async function mergeCandidates(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select({ orgUnitId: needs.orgUnitId })
    .from(needs)
    .where(and(eq(needs.id, id), inScope(ctx.actor, needs.orgPath)));
  if (!row) throw new AppError('needs.not_found', 404);
  const rows = await ctx.db
    .select({ id: needs.id, title: needs.title, status: needs.status })
    .from(needs)
    .where(
      and(
        eq(needs.orgUnitId, row.orgUnitId),
        inArray(needs.status, ['new', 'accepted', 'onAgenda', 'inProgress']),
        inScope(ctx.actor, needs.orgPath),
      ),
    )
    .orderBy(asc(needs.title))
    .limit(500);
  return rows.filter((r) => r.id !== id);
}

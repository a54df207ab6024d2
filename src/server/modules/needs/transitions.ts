import { eq } from 'drizzle-orm';
import type { NeedDetail, NeedRaiseInput, NeedUpdateInput } from '../../../core/needs/contract';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { notifyResidents } from '../notifications/service';
import { placesOfCommunity } from '../org-units/service';
import { addNeedEvent, assertMay, lockNeed, moveNeed } from './access';
import { getNeed } from './detail';
import { raiseNeed } from './raise';
import { needSources, needs } from './schema';

// What staff do to a need on its page: raise, edit, accept, decline, resolve, reopen, merge. Each runs
// in its own transaction under the need's row lock.

/** The start of a `YYYY-MM-DD` day in Asia/Shanghai, or now when the need is raised today. */
function raisedAtOf(ctx: ServiceContext, day: string | undefined): Date | undefined {
  if (!day || day === ctx.clock.today()) return undefined;
  return new Date(`${day}T09:00:00+08:00`);
}

/** Staff raise a need by hand (a resident's word, a grid visit, an interview, their own eyes). */
export async function raiseNeedByStaff(ctx: ServiceContext, input: NeedRaiseInput): Promise<NeedDetail> {
  const { source, ...need } = input;
  if (source.raisedOn && source.raisedOn > ctx.clock.today())
    throw new AppError('needs.raised_in_future', 400, [
      { path: 'source.raisedOn', message: '提出日期不能晚于今天' },
    ]);
  const { id } = await inTransaction(ctx, (tx) =>
    raiseNeed(tx, {
      ...need,
      source: {
        kind: source.kind,
        refId: source.kind === 'gridVisit' ? source.visitId : null,
        residentId: source.residentId,
        note: source.note,
        raisedAt: raisedAtOf(ctx, source.raisedOn),
      },
    }),
  );
  return getNeed(ctx, id);
}

export async function updateNeed(
  ctx: ServiceContext,
  id: string,
  input: NeedUpdateInput,
): Promise<NeedDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockNeed(tx, id);
    assertMay('edit', row);
    const places = await placesOfCommunity(tx.db, row.orgUnitId);
    if (input.compoundId && !places.compounds.some((c) => c.id === input.compoundId))
      throw new AppError('needs.unknown_place', 400, [{ path: 'compoundId', message: '小区不属于该社区' }]);
    if (input.gridId && !places.grids.some((g) => g.id === input.gridId))
      throw new AppError('needs.unknown_place', 400, [{ path: 'gridId', message: '网格不属于该社区' }]);
    await tx.db
      .update(needs)
      .set({ ...input, compoundId: input.compoundId ?? null, gridId: input.gridId ?? null })
      .where(eq(needs.id, id));
    await recordAudit(tx, {
      action: 'needs.update',
      entity: 'need',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  });
  return getNeed(ctx, id);
}

export async function acceptNeed(ctx: ServiceContext, id: string): Promise<NeedDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockNeed(tx, id);
    await moveNeed(tx, row, 'accept', { kind: 'accepted', set: { acceptedAt: tx.clock.now() } });
  });
  return getNeed(ctx, id);
}

export async function declineNeed(ctx: ServiceContext, id: string, reason: string): Promise<NeedDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockNeed(tx, id);
    await moveNeed(tx, row, 'decline', {
      kind: 'declined',
      note: reason,
      reason,
      set: { declineReason: reason },
    });
  });
  return getNeed(ctx, id);
}

/** The residents the need's sources name: whoever raised it, told when it is resolved. */
async function sourceResidents(tx: ServiceContext, needId: string): Promise<string[]> {
  const rows = await tx.db
    .select({ residentId: needSources.residentId })
    .from(needSources)
    .where(eq(needSources.needId, needId));
  return [...new Set(rows.flatMap((r) => (r.residentId ? [r.residentId] : [])))];
}

/** Resolves a need with what was done, and tells every resident who raised it. */
export async function resolveNeed(ctx: ServiceContext, id: string, resolution: string): Promise<NeedDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockNeed(tx, id);
    await moveNeed(tx, row, 'resolve', {
      kind: 'resolved',
      note: resolution,
      set: { resolution, resolvedAt: tx.clock.now() },
    });
    await notifyResidents(tx, await sourceResidents(tx, id), {
      title: '您反映的需求已办结',
      body: `您反映的「${row.title}」已办结：${resolution}`,
    });
  });
  return getNeed(ctx, id);
}

/** A resolved need whose result did not hold goes back to work; the thread keeps the old result. */
export async function reopenNeed(ctx: ServiceContext, id: string, reason: string): Promise<NeedDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockNeed(tx, id);
    await moveNeed(tx, row, 'reopen', {
      kind: 'reopened',
      note: reason,
      reason,
      set: { resolution: null, resolvedAt: null },
    });
  });
  return getNeed(ctx, id);
}

/**
 * Merges a duplicate into the need kept: the duplicate becomes `merged` and its sources move to the
 * kept one (so resolving it tells both residents); each gains a step naming the other. Both are locked
 * in id order, so two merges of the same pair cannot deadlock.
 */
export async function mergeNeed(ctx: ServiceContext, id: string, intoId: string): Promise<NeedDetail> {
  if (id === intoId)
    throw new AppError('needs.merge_self', 400, [{ path: 'intoId', message: '不能合并到它自己' }]);
  await inTransaction(ctx, async (tx) => {
    const [first, second] = [id, intoId].sort();
    const locked = new Map([
      [first, await lockNeed(tx, first)],
      [second, await lockNeed(tx, second)],
    ]);
    const duplicate = locked.get(id);
    const kept = locked.get(intoId);
    if (!duplicate || !kept) throw new AppError('needs.not_found', 404);
    if (duplicate.orgUnitId !== kept.orgUnitId)
      throw new AppError('needs.merge_other_community', 400, [
        { path: 'intoId', message: '只能合并同一社区的需求' },
      ]);
    assertMay('merge', kept);
    await moveNeed(tx, duplicate, 'merge', {
      kind: 'merged',
      note: kept.title,
      refKind: 'need',
      refId: kept.id,
      set: { mergedIntoId: kept.id },
    });
    await tx.db.update(needSources).set({ needId: kept.id }).where(eq(needSources.needId, duplicate.id));
    await addNeedEvent(tx, kept, 'merged', { note: duplicate.title, refKind: 'need', refId: duplicate.id });
  });
  return getNeed(ctx, id);
}

import { and, eq, inArray } from 'drizzle-orm';
import type { NeedCategory, NeedSourceKind, NeedStatus } from '../../../core/needs/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { addNeedEvent, lockNeed, moveNeed } from './access';
import { needSources, needs } from './schema';

// How the other modules of the loop move a need: meetings put it on an agenda, decide on it and carry
// the decision out; surveys and suggestions find the needs they raised. Each runs in the caller's
// transaction and writes the thread's step and the audit row with the change.

export type NeedRef = {
  id: string;
  title: string;
  status: NeedStatus;
  category: NeedCategory;
  orgUnitId: string;
  orgPath: string;
  resolution: string | null;
  resolvedAt: string | null;
};

/** Needs by id, only those in the actor's scope (a missing key means not found or not visible). */
export async function needRefs(ctx: ServiceContext, ids: string[]): Promise<Map<string, NeedRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: needs.id,
      title: needs.title,
      status: needs.status,
      category: needs.category,
      orgUnitId: needs.orgUnitId,
      orgPath: needs.orgPath,
      resolution: needs.resolution,
      resolvedAt: needs.resolvedAt,
    })
    .from(needs)
    .where(and(inArray(needs.id, unique), inScope(ctx.actor, needs.orgPath)));
  return new Map(rows.map((r) => [r.id, { ...r, resolvedAt: r.resolvedAt?.toISOString() ?? null }]));
}

/**
 * Puts a need on a meeting's agenda: an accepted need moves to `onAgenda`; one already on an agenda or
 * in progress may go on another (its status stays, the thread gains the step). Anything else is 409.
 */
export async function placeNeedOnAgenda(
  ctx: ServiceContext,
  needId: string,
  ref: { meetingId: string; agendaItemId: string; meetingTitle: string },
): Promise<void> {
  const row = await lockNeed(ctx, needId);
  await moveNeed(ctx, row, 'agenda', {
    kind: 'onAgenda',
    note: ref.meetingTitle,
    refKind: 'meeting',
    refId: ref.meetingId,
  });
}

/** A meeting's decision (方案) on the need: `onAgenda` → `inProgress`; a need in progress only gains the step. */
export async function recordNeedDecision(
  ctx: ServiceContext,
  needId: string,
  ref: { agendaItemId: string; decision: string },
): Promise<void> {
  const row = await lockNeed(ctx, needId);
  await moveNeed(ctx, row, 'decide', {
    kind: 'decided',
    note: ref.decision,
    refKind: 'agendaItem',
    refId: ref.agendaItemId,
  });
}

/**
 * An action item carrying a decision out was assigned or done (note: what, or the evidence). The
 * status does not change: staff resolve the need when the result is there. A declined or merged need
 * was never decided on, so it takes no action item.
 */
export async function recordNeedAction(
  ctx: ServiceContext,
  needId: string,
  kind: 'actionAssigned' | 'actionDone',
  ref: { actionItemId: string; note: string },
): Promise<void> {
  const row = await lockNeed(ctx, needId);
  if (row.status === 'declined' || row.status === 'merged') throw new AppError('needs.wrong_status', 409);
  await addNeedEvent(ctx, row, kind, { note: ref.note, refKind: 'actionItem', refId: ref.actionItemId });
  await recordAudit(ctx, {
    action: `needs.${kind}`,
    entity: 'need',
    entityId: row.id,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
    detail: { actionItemId: ref.actionItemId },
  });
}

/** The needs (in scope) each record of a source kind raised — a survey response, a suggestion — by its id. */
export async function needIdsOfSources(
  ctx: ServiceContext,
  kind: NeedSourceKind,
  refIds: string[],
): Promise<Map<string, string[]>> {
  const unique = [...new Set(refIds)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({ refId: needSources.refId, needId: needSources.needId })
    .from(needSources)
    .where(
      and(
        eq(needSources.kind, kind),
        inArray(needSources.refId, unique),
        inScope(ctx.actor, needSources.orgPath),
      ),
    );
  const byRef = new Map<string, string[]>();
  for (const r of rows) if (r.refId) byRef.set(r.refId, [...(byRef.get(r.refId) ?? []), r.needId]);
  return byRef;
}

/** The needs each survey response raised, for the survey's results. */
export const surveyResponseNeeds = (ctx: ServiceContext, responseIds: string[]) =>
  needIdsOfSources(ctx, 'survey', responseIds);

/**
 * Needs in the actor's scope in some statuses, oldest first: what a meeting's agenda can draw on
 * (accepted needs of the unit), also for the demo world's meetings.
 */
export async function needRefsInStatus(
  ctx: ServiceContext,
  statuses: readonly NeedStatus[],
  limit = 200,
): Promise<NeedRef[]> {
  const rows = await ctx.db
    .select({ id: needs.id })
    .from(needs)
    .where(and(inArray(needs.status, [...statuses]), inScope(ctx.actor, needs.orgPath)))
    .orderBy(needs.raisedAt)
    .limit(limit);
  const refs = await needRefs(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) => refs.get(r.id) ?? []);
}

import { and, count, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PhotoVariant } from '../../../core/activities/photo-limits';
import type {
  SuggestionDetail,
  SuggestionListQuery,
  SuggestionNeedInput,
  SuggestionReplyInput,
  SuggestionRouteInput,
  SuggestionStatus,
  SuggestionSummary,
} from '../../../core/suggestions/contract';
import {
  isOverdue,
  replyDueDays,
  responseHours,
  suggestionActionFrom,
} from '../../../core/suggestions/rules';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import type { PhotoFile } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { needRefs, raiseNeed } from '../needs/service';
import { notifyResidents } from '../notifications/service';
import { listedName, residentNameContains } from '../residents/service';
import { findSuggestion, guardedUpdate, type SuggestionRow, selectSuggestions } from './access';
import { openSuggestionPhoto, photosOf } from './photos';
import { suggestions } from './schema';

// The staff side of the 便民信箱: the list, one suggestion, and its status changes (转办, 答复, 关闭,
// 转为需求). The phone side lives in posting.ts, the figures in figures.ts.

export { type SuggestionFigures, suggestionFigures, suggestionFiguresByUnit } from './figures';
export { mySuggestionPlaces, mySuggestions, openMyPhoto, postSuggestion, publicReplies } from './posting';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toSummary(ctx: ServiceContext, row: SuggestionRow): SuggestionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    anonymous: row.anonymous,
    // Staff of the unit always see who wrote it; roles that do not read the registry see it masked.
    authorName: listedName(ctx, { name: row.authorName, birthDate: row.authorBirthDate }),
    compoundName: row.compoundName,
    orgUnitName: row.orgUnitName,
    submittedAt: row.submittedAt.toISOString(),
    repliedAt: iso(row.repliedAt),
    responseHours: responseHours(row.submittedAt, row.repliedAt),
    overdue: isOverdue(row, ctx.clock.now()),
    published: row.published,
    needId: row.needId,
    photoCount: row.photoCount,
  };
}

/** Still waiting for a first reply past the deadline (the SQL twin of `isOverdue`). */
export const overdueSql = (now: Date): SQL =>
  sql`(${suggestions.status} in ('submitted', 'routed') and ${suggestions.repliedAt} is null
    and ${suggestions.submittedAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${replyDueDays}))`;

function listFilters(ctx: ServiceContext, query: SuggestionListQuery): SQL | undefined {
  const text = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    inScope(ctx.actor, suggestions.orgPath),
    query.compoundId ? eq(suggestions.compoundId, query.compoundId) : undefined,
    query.from
      ? sql`${suggestions.submittedAt} >= (${query.from}::date)::timestamp at time zone 'Asia/Shanghai'`
      : undefined,
    query.to
      ? sql`${suggestions.submittedAt} < (${query.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`
      : undefined,
    text
      ? or(
          ilike(suggestions.title, text),
          ilike(suggestions.body, text),
          // Only those who see names whole may search by them (a masked name is not probed letter by letter).
          hasPermission(ctx.actor, 'residents.read')
            ? residentNameContains(suggestions.residentId, query.q ?? '')
            : undefined,
        )
      : undefined,
    query.overdue ? overdueSql(ctx.clock.now()) : undefined,
  );
}

/** The unit's suggestions and below, newest first, with how many are in each status. */
export async function listSuggestions(ctx: ServiceContext, query: SuggestionListQuery & PageQuery) {
  const base = listFilters(ctx, query);
  const filters = and(base, query.status ? eq(suggestions.status, query.status) : undefined);
  const [rows, [{ total }], byStatus] = await Promise.all([
    selectSuggestions(ctx, filters)
      .orderBy(desc(suggestions.submittedAt), desc(suggestions.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(suggestions).where(filters),
    ctx.db
      .select({ status: suggestions.status, n: count() })
      .from(suggestions)
      .where(base)
      .groupBy(suggestions.status),
  ]);
  const counts: Record<SuggestionStatus, number> = { submitted: 0, routed: 0, replied: 0, closed: 0 };
  for (const { status, n } of byStatus) counts[status] = n;
  return {
    items: rows.map((row) => toSummary(ctx, row)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

async function detailOf(ctx: ServiceContext, row: SuggestionRow): Promise<SuggestionDetail> {
  const [photos, needs] = await Promise.all([
    photosOf(ctx.db, [row.id], 'suggestion-photos', ctx.actor.membership.id),
    needRefs(ctx, row.needId ? [row.needId] : []),
  ]);
  const need = row.needId ? needs.get(row.needId) : undefined;
  return {
    ...toSummary(ctx, row),
    body: row.body,
    compoundId: row.compoundId,
    residentId: row.residentId,
    routedTo: row.routedTo,
    routedToName: row.routedToName,
    routedAt: iso(row.routedAt),
    reply: row.reply,
    repliedBy: row.repliedBy,
    closedAt: iso(row.closedAt),
    photos: photos.get(row.id) ?? [],
    need: need
      ? {
          id: need.id,
          title: need.title,
          status: need.status,
          resolution: need.resolution,
          resolvedAt: need.resolvedAt,
        }
      : null,
  };
}

/**
 * One suggestion for staff. An anonymous one still names its author to them (anonymity is towards other
 * residents only), and that look is audited.
 */
export async function getSuggestion(ctx: ServiceContext, id: string): Promise<SuggestionDetail> {
  const row = await findSuggestion(ctx, id);
  if (row.anonymous)
    await recordAudit(ctx, {
      action: 'suggestions.view_anonymous_author',
      entity: 'suggestion',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  return detailOf(ctx, row);
}

type Changed = Awaited<ReturnType<typeof guardedUpdate>>;

const audit = (tx: ServiceContext, action: string, row: Changed, detail?: Record<string, unknown>) =>
  recordAudit(tx, {
    action: `suggestions.${action}`,
    entity: 'suggestion',
    entityId: row.id,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
    detail,
  });

/** 转办: hands the suggestion to a compound's owners' committee, the property manager, a grid worker or staff. */
export async function routeSuggestion(
  ctx: ServiceContext,
  id: string,
  input: SuggestionRouteInput,
): Promise<SuggestionDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await guardedUpdate(tx, id, 'route', {
      status: 'routed',
      routedTo: input.to,
      routedToName: input.name,
      routedAt: tx.clock.now(),
    });
    await audit(tx, 'route', row, { to: input.to, name: input.name });
  });
  return detailOf(ctx, await findSuggestion(ctx, id));
}

/**
 * 答复: the reply (a correction replaces it, the first reply's time stays for the response time), shown
 * to the community when published; the author is told on the phone.
 */
export async function replySuggestion(
  ctx: ServiceContext,
  id: string,
  input: SuggestionReplyInput,
): Promise<SuggestionDetail> {
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const row = await guardedUpdate(tx, id, 'reply', {
      status: 'replied',
      reply: input.reply,
      published: input.publish,
      repliedBy: tx.actor.name,
      repliedAt: sql`coalesce(${suggestions.repliedAt}, ${now}::timestamptz)`,
    });
    await audit(tx, 'reply', row, { published: input.publish });
    await notifyResidents(tx, [row.residentId], {
      title: '您的建议已有答复',
      body: `您在便民信箱提交的建议「${row.title}」已有答复，请在“便民信箱”查看。`,
    });
  });
  return detailOf(ctx, await findSuggestion(ctx, id));
}

/** 关闭: the suggestion is finished. */
export async function closeSuggestion(ctx: ServiceContext, id: string): Promise<SuggestionDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await guardedUpdate(tx, id, 'close', { status: 'closed', closedAt: tx.clock.now() });
    await audit(tx, 'close', row);
  });
  return detailOf(ctx, await findSuggestion(ctx, id));
}

/**
 * 转为需求: raises a need on the community's needs list with the suggestion as its source and the author
 * as the resident told when it is resolved. An untouched suggestion counts as handed on to staff.
 */
export async function suggestionToNeed(
  ctx: ServiceContext,
  id: string,
  input: SuggestionNeedInput,
): Promise<SuggestionDetail> {
  await inTransaction(ctx, async (tx) => {
    const current = await findSuggestion(tx, id);
    if (current.needId) throw new AppError('suggestions.already_need', 409);
    if (!suggestionActionFrom.toNeed.includes(current.status))
      throw new AppError('suggestions.wrong_status', 409);
    const need = await raiseNeed(tx, {
      ...input,
      compoundId: current.compoundId,
      orgUnitId: current.orgUnitId,
      source: {
        kind: 'suggestion',
        refId: id,
        residentId: current.residentId,
        note: `便民信箱：${current.title}`,
        raisedAt: current.submittedAt,
      },
    });
    const now = tx.clock.now().toISOString();
    const untouched = sql`${suggestions.status} = 'submitted'`;
    const row = await guardedUpdate(
      tx,
      id,
      'toNeed',
      {
        needId: need.id,
        status: sql`case when ${untouched} then 'routed' else ${suggestions.status} end`,
        routedTo: sql`case when ${untouched} then 'staff' else ${suggestions.routedTo} end`,
        routedToName: sql`case when ${untouched} then ${tx.actor.name} else ${suggestions.routedToName} end`,
        routedAt: sql`case when ${untouched} then ${now}::timestamptz else ${suggestions.routedAt} end`,
      },
      isNull(suggestions.needId),
    );
    await audit(tx, 'to_need', row, { needId: need.id });
  });
  return detailOf(ctx, await findSuggestion(ctx, id));
}

/** A photo of a suggestion in the staff member's scope. */
export function openStaffPhoto(
  ctx: ServiceContext,
  photoId: string,
  variant: PhotoVariant,
): Promise<PhotoFile> {
  return openSuggestionPhoto(ctx, photoId, variant, async (suggestionId) => {
    const [row] = await ctx.db
      .select({ id: suggestions.id })
      .from(suggestions)
      .where(and(eq(suggestions.id, suggestionId), inScope(ctx.actor, suggestions.orgPath)));
    return !!row;
  });
}

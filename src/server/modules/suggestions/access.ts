import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { SuggestionAction } from '../../../core/suggestions/rules';
import { suggestionActionFrom } from '../../../core/suggestions/rules';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { compoundNameOf, orgUnitNameOf } from '../org-units/service';
import { residentBirthDateOf, residentNameOf } from '../residents/service';
import { suggestionPhotos, suggestions } from './schema';

/** The columns every view of a suggestion starts from, with the names it shows. */
export const suggestionColumns = {
  id: suggestions.id,
  orgUnitId: suggestions.orgUnitId,
  orgPath: suggestions.orgPath,
  residentId: suggestions.residentId,
  anonymous: suggestions.anonymous,
  title: suggestions.title,
  body: suggestions.body,
  compoundId: suggestions.compoundId,
  status: suggestions.status,
  routedTo: suggestions.routedTo,
  routedToName: suggestions.routedToName,
  routedAt: suggestions.routedAt,
  reply: suggestions.reply,
  repliedAt: suggestions.repliedAt,
  repliedBy: suggestions.repliedBy,
  published: suggestions.published,
  closedAt: suggestions.closedAt,
  needId: suggestions.needId,
  submittedAt: suggestions.submittedAt,
  compoundName: compoundNameOf(suggestions.compoundId),
  orgUnitName: orgUnitNameOf(suggestions.orgUnitId),
  authorName: residentNameOf(suggestions.residentId),
  authorBirthDate: residentBirthDateOf(suggestions.residentId),
  photoCount: sql<number>`(select count(*)::int from ${suggestionPhotos} where ${suggestionPhotos.suggestionId} = ${suggestions.id})`,
};

export const selectSuggestions = (ctx: ServiceContext, where: SQL | undefined) =>
  ctx.db.select(suggestionColumns).from(suggestions).where(where);

export type SuggestionRow = Awaited<ReturnType<typeof selectSuggestions>>[number];

/** One suggestion in the staff member's scope, else 404 exactly as for a missing one. */
export async function findSuggestion(ctx: ServiceContext, id: string): Promise<SuggestionRow> {
  const [row] = await selectSuggestions(
    ctx,
    and(eq(suggestions.id, id), inScope(ctx.actor, suggestions.orgPath)),
  );
  if (!row) throw new AppError('suggestions.not_found', 404);
  return row;
}

/**
 * One guarded status change: `UPDATE … WHERE id AND status IN (allowed) AND in scope RETURNING`, so two
 * concurrent changes cannot both win. Nothing updated: 404 when the caller cannot see the row, else 409.
 */
export async function guardedUpdate(
  tx: ServiceContext,
  id: string,
  action: SuggestionAction,
  set: PgUpdateSetSource<typeof suggestions>,
  extra?: SQL,
) {
  const [row] = await tx.db
    .update(suggestions)
    .set({ ...set, updatedAt: tx.clock.now() })
    .where(
      and(
        eq(suggestions.id, id),
        inScope(tx.actor, suggestions.orgPath),
        inArray(suggestions.status, [...suggestionActionFrom[action]]),
        extra,
      ),
    )
    .returning({
      id: suggestions.id,
      orgUnitId: suggestions.orgUnitId,
      orgPath: suggestions.orgPath,
      residentId: suggestions.residentId,
      title: suggestions.title,
      status: suggestions.status,
    });
  if (row) return row;
  const current = await findSuggestion(tx, id);
  if (action === 'toNeed' && current.needId) throw new AppError('suggestions.already_need', 409);
  throw new AppError('suggestions.wrong_status', 409);
}

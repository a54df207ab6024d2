import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { PhotoVariant } from '../../../core/activities/photo-limits';
import type { MySuggestion, PublicReply, SuggestionPostFields } from '../../../core/suggestions/contract';
import { publicAuthorLabel } from '../../../core/suggestions/rules';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import type { PhotoFile } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { needRefs } from '../needs/service';
import { placesOfCommunity } from '../org-units/service';
import { residentOfUser } from '../residents/service';
import { type SuggestionRow, selectSuggestions } from './access';
import { openSuggestionPhoto, photoKeys, photosOf, preparePhotos, type UploadedFile } from './photos';
import { suggestionPhotos, suggestions } from './schema';

// The phone side of the 便民信箱: a resident posts, follows their own suggestions to the reply and to
// the result of the need one became, and reads the community's published replies. Whoever holds
// suggestions.post acts only as the resident record linked to their account.

export type SuggestionPost = { fields: SuggestionPostFields; files: UploadedFile[] };

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The compounds of the resident's community, for the form's choice. */
export async function mySuggestionPlaces(ctx: ServiceContext) {
  const resident = await residentOfUser(ctx);
  const { compounds } = await placesOfCommunity(ctx.db, resident.orgUnitId);
  return { compounds };
}

async function toMine(ctx: ServiceContext, rows: SuggestionRow[]): Promise<MySuggestion[]> {
  const [photos, needs] = await Promise.all([
    photosOf(
      ctx.db,
      rows.map((r) => r.id),
      'me/suggestion-photos',
      ctx.actor.membership.id,
    ),
    needRefs(
      ctx,
      rows.flatMap((r) => (r.needId ? [r.needId] : [])),
    ),
  ]);
  return rows.map((row) => {
    const need = row.needId ? needs.get(row.needId) : undefined;
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      status: row.status,
      anonymous: row.anonymous,
      compoundName: row.compoundName,
      submittedAt: row.submittedAt.toISOString(),
      routedTo: row.routedTo,
      routedToName: row.routedToName,
      reply: row.reply,
      repliedAt: iso(row.repliedAt),
      published: row.published,
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
  });
}

/**
 * Posts a suggestion as the signed-in resident. The form is read only after the account is known to
 * have a resident record; the photos are checked and written before the rows, and removed again when
 * the rows are not written.
 */
export async function postSuggestion(
  ctx: ServiceContext,
  readPost: () => Promise<SuggestionPost>,
): Promise<MySuggestion> {
  const resident = await residentOfUser(ctx);
  const { fields, files } = await readPost();
  if (fields.compoundId) {
    const { compounds } = await placesOfCommunity(ctx.db, resident.orgUnitId);
    if (!compounds.some((c) => c.id === fields.compoundId))
      throw new AppError('suggestions.unknown_compound', 400, [
        { path: 'compoundId', message: '所选小区不属于您的社区' },
      ]);
  }
  const photos = await preparePhotos(files);
  const id = randomUUID();
  const keys = photoKeys(id, photos);
  await ctx.store.write(photos.map((p, i) => ({ key: keys[i], files: { thumb: p.thumb, large: p.large } })));
  try {
    await inTransaction(ctx, async (tx) => {
      await tx.db.insert(suggestions).values({
        id,
        orgUnitId: resident.orgUnitId,
        orgPath: resident.orgPath,
        residentId: resident.id,
        anonymous: fields.anonymous,
        title: fields.title,
        body: fields.body,
        compoundId: fields.compoundId,
        status: 'submitted',
        submittedAt: tx.clock.now(),
      });
      if (photos.length > 0)
        await tx.db.insert(suggestionPhotos).values(
          photos.map((p) => ({
            id: p.id,
            suggestionId: id,
            orgPath: resident.orgPath,
            width: p.width,
            height: p.height,
          })),
        );
      await recordAudit(tx, {
        action: 'suggestions.post',
        entity: 'suggestion',
        entityId: id,
        orgUnit: { id: resident.orgUnitId, path: resident.orgPath },
        detail: { photos: photos.length, anonymous: fields.anonymous },
      });
    });
  } catch (error) {
    await ctx.store.remove(keys);
    throw error;
  }
  const [row] = await selectSuggestions(ctx, eq(suggestions.id, id));
  const [mine] = await toMine(ctx, [row]);
  return mine;
}

/** The resident's own suggestions, newest first: status, reply, and the need's progress and result. */
export async function mySuggestions(ctx: ServiceContext): Promise<MySuggestion[]> {
  const resident = await residentOfUser(ctx);
  const rows = await selectSuggestions(ctx, eq(suggestions.residentId, resident.id))
    .orderBy(desc(suggestions.submittedAt))
    .limit(100);
  return toMine(ctx, rows);
}

/**
 * 公开答复: the community's suggestions whose reply staff published, newest reply first. Other residents'
 * authors are never shown whole: 匿名居民 when the author asked, else the masked name.
 */
export async function publicReplies(ctx: ServiceContext): Promise<PublicReply[]> {
  const resident = await residentOfUser(ctx);
  const rows = await selectSuggestions(
    ctx,
    and(
      eq(suggestions.orgUnitId, resident.orgUnitId),
      eq(suggestions.published, true),
      inArray(suggestions.status, ['replied', 'closed']),
      isNotNull(suggestions.reply),
      isNotNull(suggestions.repliedAt),
    ),
  )
    .orderBy(desc(suggestions.repliedAt))
    .limit(50);
  return rows.map((row) => {
    const mine = row.residentId === resident.id;
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      authorLabel: publicAuthorLabel(row.anonymous, row.authorName),
      compoundName: row.compoundName,
      submittedAt: row.submittedAt.toISOString(),
      reply: row.reply ?? '',
      repliedAt: row.repliedAt?.toISOString() ?? '',
      mine,
    };
  });
}

/** A photo of the resident's own suggestion (others' photos are not shown to residents). */
export async function openMyPhoto(
  ctx: ServiceContext,
  photoId: string,
  variant: PhotoVariant,
): Promise<PhotoFile> {
  const resident = await residentOfUser(ctx);
  return openSuggestionPhoto(ctx, photoId, variant, async (suggestionId) => {
    const [own] = await ctx.db
      .select({ id: suggestions.id })
      .from(suggestions)
      .where(and(eq(suggestions.id, suggestionId), eq(suggestions.residentId, resident.id)));
    return !!own;
  });
}

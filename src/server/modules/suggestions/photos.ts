import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { PhotoVariant } from '../../../core/activities/photo-limits';
import type { SuggestionPhotoView } from '../../../core/suggestions/contract';
import type { Db } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import {
  PhotoRejected,
  type ProcessedPhoto,
  photoProblemText,
  processPhoto,
} from '../../storage/photo-images';
import type { PhotoFile, PhotoKey } from '../../storage/photo-store';
import { suggestionPhotos } from './schema';

// A suggestion's photos are stored like activity photos: two WebP versions per photo under the
// suggestion's id, checked and converted before anything is written.

export type UploadedFile = { filename: string; bytes: Buffer };
export type PreparedPhoto = ProcessedPhoto & { id: string };

/** Every file is checked and converted first; one bad file refuses the whole post. */
export async function preparePhotos(files: UploadedFile[]): Promise<PreparedPhoto[]> {
  const prepared: PreparedPhoto[] = [];
  const problems: FieldError[] = [];
  // One at a time: decoding a large photo takes a core.
  for (const [i, file] of files.entries()) {
    try {
      prepared.push({ id: randomUUID(), ...(await processPhoto(file.bytes)) });
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      problems.push({ path: `files.${i}`, message: `${file.filename}：${photoProblemText[error.problem]}` });
    }
  }
  if (problems.length > 0) throw new AppError('suggestions.photo_invalid', 400, problems);
  return prepared;
}

export const photoKeys = (suggestionId: string, photos: { id: string }[]): PhotoKey[] =>
  photos.map((p) => ({ ownerId: suggestionId, photoId: p.id }));

/** Where the web fetches a photo: the staff path or the phone's (`/me/…`), naming the acting membership. */
export type PhotoLinkBase = 'suggestion-photos' | 'me/suggestion-photos';

export async function photosOf(
  db: Db,
  suggestionIds: string[],
  base: PhotoLinkBase,
  membershipId: string,
): Promise<Map<string, SuggestionPhotoView[]>> {
  const byId = new Map<string, SuggestionPhotoView[]>();
  if (suggestionIds.length === 0) return byId;
  const rows = await db
    .select()
    .from(suggestionPhotos)
    .where(inArray(suggestionPhotos.suggestionId, suggestionIds))
    .orderBy(asc(suggestionPhotos.createdAt), asc(suggestionPhotos.id));
  for (const row of rows) {
    const link = (variant: PhotoVariant) => `/api/v1/${base}/${row.id}/${variant}?membership=${membershipId}`;
    const list = byId.get(row.suggestionId) ?? [];
    list.push({
      id: row.id,
      width: row.width,
      height: row.height,
      thumbUrl: link('thumb'),
      largeUrl: link('large'),
    });
    byId.set(row.suggestionId, list);
  }
  return byId;
}

/**
 * One version of a photo, once `maySee` (the caller's rule for the photo's suggestion) allows it; a photo
 * the caller may not see answers exactly like a missing one.
 */
export async function openSuggestionPhoto(
  ctx: ServiceContext,
  photoId: string,
  variant: PhotoVariant,
  maySee: (suggestionId: string) => Promise<boolean>,
): Promise<PhotoFile> {
  const [row] = await ctx.db
    .select({ suggestionId: suggestionPhotos.suggestionId })
    .from(suggestionPhotos)
    .where(eq(suggestionPhotos.id, photoId));
  if (!row || !(await maySee(row.suggestionId))) throw new AppError('suggestions.photo_not_found', 404);
  const file = await ctx.store.open({ ownerId: row.suggestionId, photoId }, variant);
  if (!file) throw new AppError('suggestions.photo_not_found', 404);
  return file;
}

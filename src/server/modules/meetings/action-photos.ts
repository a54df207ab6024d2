import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { PhotoVariant } from '../../../core/activities/photo-limits';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { PhotoRejected, photoProblemText, processPhoto } from '../../storage/photo-images';
import type { PhotoFile, PhotoKey } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { lockAction } from './actions';
import { actionItemPhotos, actionItems } from './schema';

// Photos as evidence an action item was done, stored like activity photos (a thumbnail and a display
// size, WebP, no metadata) under the item's id.

const maxPhotosPerItem = 9;

/** Checks every file and makes its versions before anything is written. */
async function processAll(files: { filename: string; bytes: Buffer }[]) {
  const out = [];
  for (const file of files) {
    try {
      out.push({ id: randomUUID(), ...(await processPhoto(file.bytes)) });
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      throw new AppError('actionItems.photo_invalid', 400, [
        { path: 'file', message: `${file.filename}：${photoProblemText[error.problem]}` },
      ]);
    }
  }
  return out;
}

const photoCount = async (ctx: ServiceContext, actionItemId: string) =>
  (
    await ctx.db
      .select({ n: count() })
      .from(actionItemPhotos)
      .where(eq(actionItemPhotos.actionItemId, actionItemId))
  )[0].n;

/**
 * Adds photos to an open or done item (staff, or a leader of its team with `asLeader`). Files are
 * written first, then the rows under the item's lock; if that fails, the files go again.
 */
export async function uploadActionPhotos(
  ctx: ServiceContext,
  actionItemId: string,
  readFiles: () => Promise<{ filename: string; bytes: Buffer }[]>,
  asLeader = false,
): Promise<void> {
  // Found first: a caller out of scope is refused before its files are taken in.
  await inTransaction(ctx, (tx) => lockAction(tx, actionItemId, asLeader));
  const files = await readFiles();
  if (files.length === 0) throw new AppError('actionItems.photo_missing', 400);
  const photos = await processAll(files);
  const keys: PhotoKey[] = photos.map((p) => ({ ownerId: actionItemId, photoId: p.id }));
  await ctx.store.write(photos.map((p, i) => ({ key: keys[i], files: { thumb: p.thumb, large: p.large } })));
  try {
    await inTransaction(ctx, async (tx) => {
      const row = await lockAction(tx, actionItemId, asLeader);
      if (row.status === 'cancelled') throw new AppError('actionItems.wrong_status', 409);
      if ((await photoCount(tx, actionItemId)) + photos.length > maxPhotosPerItem)
        throw new AppError('actionItems.too_many_photos', 409);
      await tx.db.insert(actionItemPhotos).values(
        photos.map((p) => ({
          id: p.id,
          actionItemId,
          orgPath: row.orgPath,
          width: p.width,
          height: p.height,
          uploadedBy: tx.actor.name,
        })),
      );
      await recordAudit(tx, {
        action: 'actionItems.photo_upload',
        entity: 'actionItem',
        entityId: actionItemId,
        orgUnit: { id: row.orgUnitId, path: row.orgPath },
        detail: { photoIds: photos.map((p) => p.id) },
      });
    });
  } catch (error) {
    await ctx.store.remove(keys);
    throw error;
  }
}

/** A photo of an action item in scope: the key its files are stored under, or 404. */
async function photoKeyOf(ctx: ServiceContext, photoId: string): Promise<PhotoKey> {
  const [row] = await ctx.db
    .select({ actionItemId: actionItemPhotos.actionItemId })
    .from(actionItemPhotos)
    .innerJoin(actionItems, eq(actionItems.id, actionItemPhotos.actionItemId))
    .where(and(eq(actionItemPhotos.id, photoId), inScope(ctx.actor, actionItems.orgPath)));
  if (!row) throw new AppError('actionItems.photo_not_found', 404);
  return { ownerId: row.actionItemId, photoId };
}

/** One version of a photo of an action item in scope. */
export async function openActionPhoto(
  ctx: ServiceContext,
  photoId: string,
  variant: PhotoVariant,
): Promise<PhotoFile> {
  const file = await ctx.store.open(await photoKeyOf(ctx, photoId), variant);
  if (!file) throw new AppError('actionItems.photo_not_found', 404);
  return file;
}

/** Takes a photo off an item (staff); its files go once the row is gone. */
export async function deleteActionPhoto(ctx: ServiceContext, photoId: string): Promise<void> {
  const key = await inTransaction(ctx, async (tx) => {
    const found = await photoKeyOf(tx, photoId);
    const row = await lockAction(tx, found.ownerId, false);
    await tx.db.delete(actionItemPhotos).where(eq(actionItemPhotos.id, photoId));
    await recordAudit(tx, {
      action: 'actionItems.photo_delete',
      entity: 'actionItem',
      entityId: found.ownerId,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { photoId },
    });
    return found;
  });
  await ctx.store.remove([key]);
}

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../http/errors';
import { inScope, inScopeOrAbove } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { PhotoRejected, photoProblemText, processPhoto } from '../../storage/photo-images';
import type { PhotoFile } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { findItem, lockItem } from './item-lock';
import { shopItems } from './schema';

// An item's one photo (a picture of the goods, never of a person). Its files are kept under the
// item's id with a fresh key per upload, so a link to an old photo never shows the new one.

/** The link the web shows: the key names the version, the membership lets an <img> act as the page does. */
export const itemPhotoUrl = (itemId: string, photoKey: string | null, membershipId: string): string | null =>
  photoKey ? `/api/v1/shop-items/${itemId}/photo?membership=${membershipId}&v=${photoKey}` : null;

/** Replaces the item's photo: the file is checked and written first, then the row; the old files go last. */
export async function setItemPhoto(
  ctx: ServiceContext,
  itemId: string,
  file: { filename: string; bytes: Buffer },
): Promise<void> {
  await findItem(ctx.db, itemId, inScope(ctx.actor, shopItems.orgPath));
  let processed: Awaited<ReturnType<typeof processPhoto>>;
  try {
    processed = await processPhoto(file.bytes);
  } catch (error) {
    if (!(error instanceof PhotoRejected)) throw error;
    throw new AppError('shop.photo_invalid', 400, [
      { path: 'file', message: `${file.filename}：${photoProblemText[error.problem]}` },
    ]);
  }
  const key = { ownerId: itemId, photoId: randomUUID() };
  await ctx.store.write([{ key, files: { thumb: processed.thumb, large: processed.large } }]);
  try {
    const previous = await inTransaction(ctx, async (tx) => {
      const item = await lockItem(tx.db, itemId, inScope(tx.actor, shopItems.orgPath));
      await tx.db.update(shopItems).set({ photoKey: key.photoId }).where(eq(shopItems.id, itemId));
      await recordAudit(tx, {
        action: 'shop.item_photo',
        entity: 'shopItem',
        entityId: itemId,
        orgUnit: { id: item.orgUnitId, path: item.orgPath },
      });
      return item.photoKey;
    });
    if (previous) await ctx.store.remove([{ ownerId: itemId, photoId: previous }]);
  } catch (error) {
    await ctx.store.remove([key]);
    throw error;
  }
}

/** Takes the photo off the item; its files are removed once the row no longer names them. */
export async function removeItemPhoto(ctx: ServiceContext, itemId: string): Promise<void> {
  const previous = await inTransaction(ctx, async (tx) => {
    const item = await lockItem(tx.db, itemId, inScope(tx.actor, shopItems.orgPath));
    if (!item.photoKey) throw new AppError('shop.photo_not_found', 404);
    await tx.db.update(shopItems).set({ photoKey: null }).where(eq(shopItems.id, itemId));
    await recordAudit(tx, {
      action: 'shop.item_photo_remove',
      entity: 'shopItem',
      entityId: itemId,
      orgUnit: { id: item.orgUnitId, path: item.orgPath },
    });
    return item.photoKey;
  });
  await ctx.store.remove([{ ownerId: itemId, photoId: previous }]);
}

/**
 * The photo of an item the caller may see — staff of its unit or above, a volunteer of its community
 * or below (the phone's shop) — as a stream of its small version.
 */
export async function openItemPhoto(ctx: ServiceContext, itemId: string): Promise<PhotoFile> {
  const item = await findItem(ctx.db, itemId, inScopeOrAbove(ctx.actor, shopItems.orgPath));
  if (!item.photoKey) throw new AppError('shop.photo_not_found', 404);
  const file = await ctx.store.open({ ownerId: itemId, photoId: item.photoKey }, 'thumb');
  if (!file) throw new AppError('shop.photo_not_found', 404);
  return file;
}

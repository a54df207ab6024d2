import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PhotoView } from '../../../core/activities/contract';
import { maxPhotosPerActivity, type PhotoVariant } from '../../../core/activities/photo-limits';
import type { Db } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import {
  PhotoRejected,
  type ProcessedPhoto,
  photoProblemText,
  processPhoto,
} from '../../storage/photo-images';
import type { PhotoFile, PhotoKey } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { activities, activityPhotos, activitySessions } from './schema';
import { findActivity } from './service';

type PhotoRow = typeof activityPhotos.$inferSelect;
export type UploadedFile = { filename: string; bytes: Buffer };
export type PhotoUpload = { files: UploadedFile[]; caption: string; sessionId: string | null };

function toPhotoView(row: PhotoRow, membershipId: string): PhotoView {
  const link = (variant: PhotoVariant) =>
    `/api/v1/activities/${row.activityId}/photos/${row.id}/${variant}?membership=${membershipId}`;
  return {
    id: row.id,
    activityId: row.activityId,
    sessionId: row.sessionId,
    caption: row.caption,
    width: row.width,
    height: row.height,
    thumbBytes: row.thumbBytes,
    largeBytes: row.largeBytes,
    takenAt: row.takenAt?.toISOString() ?? null,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    thumbUrl: link('thumb'),
    largeUrl: link('large'),
  };
}

/** In the order they were taken; photos without a camera date by upload time. */
export async function listPhotos(ctx: ServiceContext, activityId: string): Promise<PhotoView[]> {
  await findActivity(ctx, activityId);
  const rows = await ctx.db
    .select()
    .from(activityPhotos)
    .where(eq(activityPhotos.activityId, activityId))
    .orderBy(sql`coalesce(${activityPhotos.takenAt}, ${activityPhotos.createdAt})`, asc(activityPhotos.id));
  return rows.map((row) => toPhotoView(row, ctx.actor.membership.id));
}

async function findPhoto(ctx: ServiceContext, { ownerId: activityId, photoId }: PhotoKey): Promise<PhotoRow> {
  await findActivity(ctx, activityId);
  const [row] = await ctx.db
    .select()
    .from(activityPhotos)
    .where(and(eq(activityPhotos.id, photoId), eq(activityPhotos.activityId, activityId)));
  if (!row) throw new AppError('activities.photo_not_found', 404);
  return row;
}

/** Every file is checked and converted before anything is written; one bad file refuses the batch. */
async function processAll(files: UploadedFile[]): Promise<ProcessedPhoto[]> {
  const processed: ProcessedPhoto[] = [];
  const problems: FieldError[] = [];
  // One at a time: decoding a 10 MB photo takes a core and a few hundred MB.
  for (const [i, file] of files.entries()) {
    try {
      processed.push(await processPhoto(file.bytes));
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      problems.push({ path: `files.${i}`, message: `${file.filename}：${photoProblemText[error.problem]}` });
    }
  }
  if (problems.length > 0) throw new AppError('activities.photo_invalid', 400, problems);
  return processed;
}

async function checkSession(db: Db, activityId: string, sessionId: string | null) {
  if (!sessionId) return;
  const [session] = await db
    .select({ id: activitySessions.id })
    .from(activitySessions)
    .where(and(eq(activitySessions.id, sessionId), eq(activitySessions.activityId, activityId)));
  if (!session) throw new AppError('activities.session_not_found', 404);
}

async function photoCount(db: Db, activityId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activityPhotos)
    .where(eq(activityPhotos.activityId, activityId));
  return n;
}

const photosOpen = (status: string) => status === 'published' || status === 'finished';

/**
 * Adds a batch of photos to a published or finished activity. Files are written first, then the
 * rows in one transaction under the activity's row lock (so two uploads cannot pass the limit
 * together, and the status and the count are checked again there); if the transaction fails, the
 * files are removed again.
 */
export async function uploadPhotos(
  ctx: ServiceContext,
  activityId: string,
  readUpload: () => Promise<PhotoUpload>,
): Promise<PhotoView[]> {
  const { db, store, actor } = ctx;
  const activity = await findActivity(ctx, activityId);
  const notOpen = () => new AppError('activities.photos_not_open', 409);
  if (!photosOpen(activity.status)) throw notOpen();
  // Read only now: a caller out of scope is refused before its files are taken in.
  const upload = await readUpload();
  if (upload.files.length === 0) throw new AppError('activities.photo_missing', 400);
  await checkSession(db, activityId, upload.sessionId);
  const over = (count: number) => count + upload.files.length > maxPhotosPerActivity;
  if (over(await photoCount(db, activityId))) throw new AppError('activities.photo_limit', 409);
  const photos = (await processAll(upload.files)).map((photo) => ({ id: randomUUID(), ...photo }));
  const keys: PhotoKey[] = photos.map((p) => ({ ownerId: activityId, photoId: p.id }));
  await store.write(photos.map((p, i) => ({ key: keys[i], files: { thumb: p.thumb, large: p.large } })));
  try {
    const rows = await inTransaction(ctx, async (tx) => {
      const [locked] = await tx.db
        .select({ status: activities.status })
        .from(activities)
        .where(eq(activities.id, activityId))
        .for('update');
      if (!photosOpen(locked.status)) throw notOpen();
      if (over(await photoCount(tx.db, activityId))) throw new AppError('activities.photo_limit', 409);
      const inserted = await tx.db
        .insert(activityPhotos)
        .values(
          photos.map((p) => ({
            id: p.id,
            activityId,
            orgUnitId: activity.orgUnitId,
            orgPath: activity.orgPath,
            sessionId: upload.sessionId,
            caption: upload.caption,
            width: p.width,
            height: p.height,
            thumbBytes: p.thumb.length,
            largeBytes: p.large.length,
            takenAt: p.takenAt,
            uploadedBy: actor.name,
          })),
        )
        .returning();
      await recordAudit(tx, {
        action: 'activities.photo_upload',
        entity: 'activity',
        entityId: activityId,
        orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
        detail: { photoIds: photos.map((p) => p.id) },
      });
      return inserted;
    });
    return rows.map((row) => toPhotoView(row, actor.membership.id));
  } catch (error) {
    await store.remove(keys);
    throw error;
  }
}

export async function updatePhotoCaption(
  ctx: ServiceContext,
  key: PhotoKey,
  caption: string,
): Promise<PhotoView> {
  const row = await inTransaction(ctx, async (tx) => {
    await findPhoto(tx, key);
    const [updated] = await tx.db
      .update(activityPhotos)
      .set({ caption })
      .where(eq(activityPhotos.id, key.photoId))
      .returning();
    return updated;
  });
  return toPhotoView(row, ctx.actor.membership.id);
}

/** The row goes first, in an audited transaction; the files after it, so a failure never loses a listed photo's file. */
export async function deletePhoto(ctx: ServiceContext, key: PhotoKey): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const photo = await findPhoto(tx, key);
    await tx.db.delete(activityPhotos).where(eq(activityPhotos.id, photo.id));
    await recordAudit(tx, {
      action: 'activities.photo_delete',
      entity: 'activity_photo',
      entityId: photo.id,
      orgUnit: { id: photo.orgUnitId, path: photo.orgPath },
      detail: { activityId: photo.activityId, caption: photo.caption },
    });
  });
  await ctx.store.remove([key]);
}

/** One version of a photo in scope, as a stream and its size. */
export async function openPhotoFile(
  ctx: ServiceContext,
  key: PhotoKey,
  variant: PhotoVariant,
): Promise<PhotoFile> {
  await findPhoto(ctx, key);
  const file = await ctx.store.open(key, variant);
  if (!file) throw new AppError('activities.photo_not_found', 404);
  return file;
}

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PhotoView } from '../../../core/activities/contract';
import { maxPhotosPerActivity, type PhotoVariant } from '../../../core/activities/photo-limits';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, type FieldError } from '../../http/errors';
import type { PhotoKey, PhotoStore } from '../../storage/photo-store';
import { recordAudit } from '../audit/service';
import { type PhotoProblem, PhotoRejected, type ProcessedPhoto, processPhoto } from './photo-images';
import { activities, activityPhotos, activitySessions } from './schema';
import { findActivity } from './service';

type PhotoRow = typeof activityPhotos.$inferSelect;
export type UploadedFile = { filename: string; bytes: Buffer };
export type PhotoUpload = { files: UploadedFile[]; caption: string; sessionId: string | null };

const problemText: Record<PhotoProblem, string> = {
  not_an_image: '不是 JPEG、PNG 或 WebP 图片',
  unreadable: '图片已损坏，无法读取',
  too_many_pixels: '图片像素过大（超过1亿像素）',
};

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
export async function listPhotos(db: Db, actor: Actor, activityId: string): Promise<PhotoView[]> {
  await findActivity(db, actor, activityId);
  const rows = await db
    .select()
    .from(activityPhotos)
    .where(eq(activityPhotos.activityId, activityId))
    .orderBy(sql`coalesce(${activityPhotos.takenAt}, ${activityPhotos.createdAt})`, asc(activityPhotos.id));
  return rows.map((row) => toPhotoView(row, actor.membership.id));
}

async function findPhoto(db: Db, actor: Actor, activityId: string, photoId: string): Promise<PhotoRow> {
  await findActivity(db, actor, activityId);
  const [row] = await db
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
      problems.push({ path: `files.${i}`, message: `${file.filename}：${problemText[error.problem]}` });
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

/**
 * Adds a batch of photos to a published or finished activity. Files are written first, then the
 * rows in one transaction under the activity's row lock (so two uploads cannot pass the limit
 * together); if the transaction fails, the files are removed again.
 */
export async function uploadPhotos(
  db: Db,
  store: PhotoStore,
  actor: Actor,
  activityId: string,
  readUpload: () => Promise<PhotoUpload>,
): Promise<PhotoView[]> {
  const activity = await findActivity(db, actor, activityId);
  if (activity.status !== 'published' && activity.status !== 'finished')
    throw new AppError('activities.photos_not_open', 409);
  // Read only now: a caller out of scope is refused before its files are taken in.
  const upload = await readUpload();
  if (upload.files.length === 0) throw new AppError('activities.photo_missing', 400);
  await checkSession(db, activityId, upload.sessionId);
  const over = (count: number) => count + upload.files.length > maxPhotosPerActivity;
  if (over(await photoCount(db, activityId))) throw new AppError('activities.photo_limit', 409);
  const photos = (await processAll(upload.files)).map((photo) => ({ id: randomUUID(), ...photo }));
  const keys: PhotoKey[] = photos.map((p) => ({ activityId, photoId: p.id }));
  await store.write(photos.map((p, i) => ({ key: keys[i], files: { thumb: p.thumb, large: p.large } })));
  try {
    const rows = await db.transaction(async (tx) => {
      await tx
        .select({ id: activities.id })
        .from(activities)
        .where(eq(activities.id, activityId))
        .for('update');
      if (over(await photoCount(tx, activityId))) throw new AppError('activities.photo_limit', 409);
      const inserted = await tx
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
      await recordAudit(tx, actor, {
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
  db: Db,
  actor: Actor,
  activityId: string,
  photoId: string,
  caption: string,
): Promise<PhotoView> {
  await findPhoto(db, actor, activityId, photoId);
  const [row] = await db
    .update(activityPhotos)
    .set({ caption })
    .where(eq(activityPhotos.id, photoId))
    .returning();
  return toPhotoView(row, actor.membership.id);
}

/** The row goes first, in an audited transaction; the files after it, so a failure never loses a listed photo's file. */
export async function deletePhoto(
  db: Db,
  store: PhotoStore,
  actor: Actor,
  activityId: string,
  photoId: string,
): Promise<void> {
  const photo = await findPhoto(db, actor, activityId, photoId);
  await db.transaction(async (tx) => {
    await tx.delete(activityPhotos).where(eq(activityPhotos.id, photoId));
    await recordAudit(tx, actor, {
      action: 'activities.photo_delete',
      entity: 'activity_photo',
      entityId: photoId,
      orgUnit: { id: photo.orgUnitId, path: photo.orgPath },
      detail: { activityId, caption: photo.caption },
    });
  });
  await store.remove([{ activityId, photoId }]);
}

/** One version of a photo in scope, as a stream and its size. */
export async function openPhotoFile(
  db: Db,
  store: PhotoStore,
  actor: Actor,
  activityId: string,
  photoId: string,
  variant: PhotoVariant,
): Promise<{ stream: fs.ReadStream; bytes: number }> {
  await findPhoto(db, actor, activityId, photoId);
  const file = store.pathOf({ activityId, photoId }, variant);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat) throw new AppError('activities.photo_not_found', 404);
  return { stream: fs.createReadStream(file), bytes: stat.size };
}

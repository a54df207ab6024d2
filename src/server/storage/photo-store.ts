import type { Readable } from 'node:stream';
import type { PhotoVariant } from '../../core/activities/photo-limits';

/** A photo of an activity, a shop item, a suggestion …: the owner's id names its folder. */
export type PhotoKey = { ownerId: string; photoId: string };
export type PhotoFiles = Record<PhotoVariant, Buffer>;
/** One stored version of a photo, ready to be sent. */
export type PhotoFile = { stream: Readable; bytes: number };

/**
 * Where photo files live: a folder of the data directory by default (`local-photo-store.ts`), or an
 * S3-compatible bucket when configured (`s3-photo-store.ts`) so that several app servers share them.
 * Either keeps `<ownerId>/<photoId>-{thumb,large}.webp`.
 */
export type PhotoStore = {
  /** The file, or null when there is none. */
  open(key: PhotoKey, variant: PhotoVariant): Promise<PhotoFile | null>;
  /** Writes every file or none: on a failure the ones already written are removed. */
  write(photos: { key: PhotoKey; files: PhotoFiles }[]): Promise<void>;
  /** Best effort: a file already gone is no error. */
  remove(keys: PhotoKey[]): Promise<void>;
};

// Ids come from the database (uuid), but a name must never leave the photos' folder or prefix.
const safe = (id: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`bad photo path id ${id}`);
  return id;
};

/** The file's name below the store's root: `<ownerId>/<photoId>-<variant>.webp`. */
export const photoFileName = (key: PhotoKey, variant: PhotoVariant) =>
  `${safe(key.ownerId)}/${safe(key.photoId)}-${variant}.webp`;

import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PhotoVariant } from '../../core/activities/photo-limits';
import { photoVariants } from '../../core/activities/photo-limits';

/** A photo of an activity, or of a shop item: the owner's id names its folder. */
export type PhotoKey = { ownerId: string; photoId: string };
export type PhotoFiles = Record<PhotoVariant, Buffer>;

/** Where photo files live: DATA_DIR/photos/<ownerId>/<photoId>-{thumb,large}.webp. */
export type PhotoStore = {
  pathOf(key: PhotoKey, variant: PhotoVariant): string;
  /** Writes every file or none: on a failure the ones already written are removed. */
  write(photos: { key: PhotoKey; files: PhotoFiles }[]): Promise<void>;
  /** Best effort: a file already gone is no error. */
  remove(keys: PhotoKey[]): Promise<void>;
};

// Written aside, then renamed: a reader never sees half a file.
async function writeWhole(target: string, bytes: Buffer) {
  const partial = `${target}.${randomUUID()}.part`;
  try {
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

export function photoStore(dataDir: string): PhotoStore {
  const root = path.join(dataDir, 'photos');
  // Ids come from the database (uuid), but the path must never leave the photos folder.
  const safe = (id: string) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`bad photo path id ${id}`);
    return id;
  };
  const pathOf = (key: PhotoKey, variant: PhotoVariant) =>
    path.join(root, safe(key.ownerId), `${safe(key.photoId)}-${variant}.webp`);

  const remove = async (keys: PhotoKey[]) => {
    await Promise.all(
      keys.flatMap((key) => photoVariants.map((variant) => fs.rm(pathOf(key, variant), { force: true }))),
    );
  };

  return {
    pathOf,
    remove,
    async write(photos) {
      const written: PhotoKey[] = [];
      try {
        for (const { key, files } of photos) {
          written.push(key);
          await fs.mkdir(path.dirname(pathOf(key, 'thumb')), { recursive: true });
          for (const variant of photoVariants) await writeWhole(pathOf(key, variant), files[variant]);
        }
      } catch (error) {
        await remove(written);
        throw error;
      }
    },
  };
}

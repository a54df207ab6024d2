import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { photoVariants } from '../../core/activities/photo-limits';
import { type PhotoKey, type PhotoStore, photoFileName } from './photo-store';

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

/** Photos under DATA_DIR/photos: the default, for one app server. */
export function localPhotoStore(dataDir: string): PhotoStore {
  const root = path.join(dataDir, 'photos');
  const pathOf = (key: PhotoKey, variant: (typeof photoVariants)[number]) =>
    path.join(root, photoFileName(key, variant));

  const remove = async (keys: PhotoKey[]) => {
    await Promise.all(
      keys.flatMap((key) => photoVariants.map((variant) => fs.rm(pathOf(key, variant), { force: true }))),
    );
  };

  return {
    remove,
    async open(key, variant) {
      const file = pathOf(key, variant);
      const stat = await fs.stat(file).catch(() => null);
      return stat ? { stream: createReadStream(file), bytes: stat.size } : null;
    },
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

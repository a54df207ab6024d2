import type { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { photoVariants } from '../../core/activities/photo-limits';
import { type PhotoKey, type PhotoStore, photoFileName } from './photo-store';

/** An S3-compatible bucket (AWS S3, MinIO, 阿里云 OSS, 腾讯云 COS) and the prefix photos are kept under. */
export type S3StoreConfig = {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** MinIO and most self-hosted stores want `endpoint/bucket/key`, not `bucket.endpoint/key`. */
  forcePathStyle: boolean;
  prefix: string;
};

const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound');

/** Photos in a bucket: what several app servers behind one balancer share. */
export function s3PhotoStore(config: S3StoreConfig): PhotoStore {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  const objectKey = (key: PhotoKey, variant: (typeof photoVariants)[number]) =>
    `${config.prefix}${photoFileName(key, variant)}`;

  const remove = async (keys: PhotoKey[]) => {
    if (keys.length === 0) return;
    await client.send(
      new DeleteObjectsCommand({
        Bucket: config.bucket,
        Delete: { Objects: keys.flatMap((key) => photoVariants.map((v) => ({ Key: objectKey(key, v) }))) },
      }),
    );
  };

  return {
    remove,
    async open(key, variant) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key, variant) }),
        );
        // In Node the body is an IncomingMessage, a Readable.
        return { stream: object.Body as Readable, bytes: object.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async write(photos) {
      const written: PhotoKey[] = [];
      try {
        for (const { key, files } of photos) {
          written.push(key);
          // An object appears whole or not at all, so no write-aside is needed as on a disk.
          for (const variant of photoVariants) {
            await client.send(
              new PutObjectCommand({
                Bucket: config.bucket,
                Key: objectKey(key, variant),
                Body: files[variant],
                ContentType: 'image/webp',
              }),
            );
          }
        }
      } catch (error) {
        await remove(written).catch(() => undefined);
        throw error;
      }
    },
  };
}

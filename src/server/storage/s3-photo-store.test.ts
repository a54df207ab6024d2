import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { startTestS3 } from '../testing/s3';
import { s3PhotoStore } from './s3-photo-store';

const key = {
  ownerId: '6f1d3c1e-9a52-4d1f-8c47-6d2f0c9b1a10',
  photoId: '0b9e2c4d-77a1-4f3e-9d0a-5c1b2e3f4a5b',
};
const files = { thumb: Buffer.from('small'), large: Buffer.from('large version') };

describe('photos in an S3-compatible bucket', () => {
  let s3: Awaited<ReturnType<typeof startTestS3>>;
  beforeAll(async () => {
    s3 = await startTestS3();
  });
  afterAll(() => s3.close());

  const store = () => {
    const config = loadConfig({ NODE_ENV: 'test', ...s3.env }).s3;
    if (!config) throw new Error('the S3 settings were not read');
    return s3PhotoStore(config);
  };

  it('keeps both versions, hands them back whole, and forgets them on removal', async () => {
    const photos = store();
    expect(await photos.open(key, 'thumb')).toBeNull();
    await photos.write([{ key, files }]);
    const large = await photos.open(key, 'large');
    if (!large) throw new Error('the large version was not kept');
    expect(large.bytes).toBe(files.large.length);
    expect(await text(large.stream)).toBe('large version');
    await photos.remove([key]);
    expect(await photos.open(key, 'large')).toBeNull();
    expect(await photos.open(key, 'thumb')).toBeNull();
  });

  it('refuses an id that would name something outside the photos', async () => {
    await expect(store().open({ ...key, ownerId: '../secrets' }, 'thumb')).rejects.toThrow(/bad photo path/);
  });

  it('is not configured half way', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', JINLIN_S3_BUCKET: 'photos' })).toThrow(
      /JINLIN_S3_ACCESS_KEY_ID/,
    );
  });
});

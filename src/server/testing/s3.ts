import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export const testBucket = 'jinlin-test';

/** A local S3-compatible server (s3rver) with one empty bucket, and the settings that point the app at it. */
export async function startTestS3() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'jinlin-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: testBucket }],
  });
  const { port } = await server.run();
  // s3rver accepts this one key pair, as a real store accepts its own.
  const env = {
    JINLIN_S3_BUCKET: testBucket,
    JINLIN_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    JINLIN_S3_ACCESS_KEY_ID: 'S3RVER',
    JINLIN_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  return {
    env,
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

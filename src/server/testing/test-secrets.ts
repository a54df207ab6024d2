import { parseKeyRing, type Secrets } from '../crypto/secrets';

/** Fixed keys for tests: the seeded template and every test app must agree on them. */
export const testSecrets: Secrets = {
  authSecret: 'test-secret-test-secret-test-secret-42',
  encryptionKeys: parseKeyRing(`t1:${Buffer.alloc(32, 7).toString('base64')}`),
  hmacKey: Buffer.alloc(32, 9),
};

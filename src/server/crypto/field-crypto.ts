import crypto from 'node:crypto';
import type { Secrets } from './secrets';

export type FieldCrypto = {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** Keyed hash for look-up and de-duplication without decrypting. */
  hash(value: string): string;
};

const version = 'v1';

const IV_BYTES = 12;
const IVS_PER_FILL = 4096;

/**
 * Random IVs drawn from a buffer refilled 4,096 IVs at a time: one call into the CSPRNG per field cost
 * more than the encryption itself (a roster import encrypts hundreds of thousands of fields). Each IV is
 * still fresh random bytes, never reused.
 */
function ivSource(): () => Buffer {
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset >= pool.length) {
      pool = crypto.randomFillSync(Buffer.allocUnsafe(IV_BYTES * IVS_PER_FILL));
      offset = 0;
    }
    offset += IV_BYTES;
    return pool.subarray(offset - IV_BYTES, offset);
  };
}

/**
 * AES-256-GCM per field. Stored form: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts), so a
 * value names the key that wrote it and keys can rotate.
 */
export function createFieldCrypto(secrets: Pick<Secrets, 'encryptionKeys' | 'hmacKey'>): FieldCrypto {
  const [active] = secrets.encryptionKeys;
  const byId = new Map(secrets.encryptionKeys.map((k) => [k.id, k.key]));
  const nextIv = ivSource();
  return {
    encrypt(plaintext) {
      const iv = nextIv();
      const cipher = crypto.createCipheriv('aes-256-gcm', active.key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [version, active.id, ...parts].join('.');
    },
    decrypt(ciphertext) {
      const [v, keyId, iv, tag, body] = ciphertext.split('.');
      const key = byId.get(keyId ?? '');
      if (v !== version || !key || !iv || !tag || body === undefined) {
        throw new Error('密文格式不正确或密钥不存在');
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    hash(value) {
      return crypto.createHmac('sha256', secrets.hmacKey).update(value, 'utf8').digest('hex');
    },
  };
}

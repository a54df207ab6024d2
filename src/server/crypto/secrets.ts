import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

export type Secrets = {
  authSecret: string;
  /** The first key encrypts; all of them decrypt, so a key can be rotated without re-encrypting at once. */
  encryptionKeys: { id: string; key: Buffer }[];
  hmacKey: Buffer;
};

type StoredSecrets = { authSecret: string; encryptionKeys: string; hmacKey: string };

/**
 * Secrets come from the environment. In embedded mode, whatever is missing is generated once into
 * `DATA_DIR/secrets.json` (mode 0600) — fine for a laptop, not for production, hence the warning.
 */
export function loadSecrets(config: Config, warn: (message: string) => void): Secrets {
  const fromEnv = config.secrets;
  let stored: StoredSecrets | undefined;
  if (!fromEnv.authSecret || !fromEnv.encryptionKeys || !fromEnv.hmacKey) {
    stored = readOrCreateStored(config.dataDir);
    warn(
      `密钥未在环境变量中配置，使用 ${path.join(config.dataDir, 'secrets.json')} 中自动生成的密钥；生产环境请设置 BETTER_AUTH_SECRET、JINLIN_ENCRYPTION_KEYS、JINLIN_HMAC_KEY`,
    );
  }
  return {
    authSecret: fromEnv.authSecret ?? stored!.authSecret,
    encryptionKeys: parseKeyRing(fromEnv.encryptionKeys ?? stored!.encryptionKeys),
    hmacKey: Buffer.from(fromEnv.hmacKey ?? stored!.hmacKey, 'base64'),
  };
}

/** `id:base64key,id2:base64key2` — each key 32 bytes. */
export function parseKeyRing(value: string): { id: string; key: Buffer }[] {
  const ring = value.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) throw new Error('JINLIN_ENCRYPTION_KEYS 格式应为 id:base64(32字节),…');
    return { id, key };
  });
  if (ring.length === 0) throw new Error('JINLIN_ENCRYPTION_KEYS 为空');
  return ring;
}

function readOrCreateStored(dataDir: string): StoredSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets;
  const created: StoredSecrets = {
    authSecret: crypto.randomBytes(32).toString('base64'),
    encryptionKeys: `k1:${crypto.randomBytes(32).toString('base64')}`,
    hmacKey: crypto.randomBytes(32).toString('base64'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}

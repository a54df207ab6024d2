import path from 'node:path';
import { z } from 'zod';
import type { S3StoreConfig } from './storage/s3-photo-store';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test', 'bench']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** Connections each app server keeps to PostgreSQL; servers × this must stay under max_connections. */
  JINLIN_DB_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(20),
  JINLIN_SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** The owning role's connection, for migrations; the app then runs as the role of DATABASE_URL. */
  JINLIN_MIGRATION_DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  TRUSTED_ORIGINS: z.string().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  JINLIN_ENCRYPTION_KEYS: z.string().optional(),
  JINLIN_HMAC_KEY: z.string().optional(),
  JINLIN_DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  JINLIN_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** On by default except in tests and benchmarks, which switch them on where they test them. */
  JINLIN_RATE_LIMITS: z.enum(['on', 'off']).optional(),
  /** Photos in an S3-compatible bucket instead of DATA_DIR, so several app servers share them. */
  JINLIN_S3_BUCKET: z.string().min(1).optional(),
  JINLIN_S3_ENDPOINT: z.string().url().optional(),
  JINLIN_S3_REGION: z.string().default('us-east-1'),
  JINLIN_S3_ACCESS_KEY_ID: z.string().optional(),
  JINLIN_S3_SECRET_ACCESS_KEY: z.string().optional(),
  JINLIN_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  JINLIN_S3_PREFIX: z.string().default('photos/'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  env: z.infer<typeof envSchema>['NODE_ENV'];
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** How long a resolved session is reused without reading it again (platform/session-cache.ts). */
  sessionCacheMs: number;
  migrationDatabaseUrl: string | undefined;
  publicUrl: string;
  trustedOrigins: string[];
  secrets: {
    authSecret: string | undefined;
    encryptionKeys: string | undefined;
    hmacKey: string | undefined;
  };
  demoData: 'auto' | 'off';
  trustProxy: boolean;
  rateLimits: boolean;
  /** Set when photos live in a bucket; otherwise under DATA_DIR/photos. */
  s3: S3StoreConfig | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
};

function s3ConfigOf(parsed: z.infer<typeof envSchema>): S3StoreConfig | undefined {
  if (!parsed.JINLIN_S3_BUCKET) return undefined;
  if (!parsed.JINLIN_S3_ACCESS_KEY_ID || !parsed.JINLIN_S3_SECRET_ACCESS_KEY) {
    throw new Error('JINLIN_S3_BUCKET 已设置，但缺少 JINLIN_S3_ACCESS_KEY_ID 或 JINLIN_S3_SECRET_ACCESS_KEY');
  }
  return {
    bucket: parsed.JINLIN_S3_BUCKET,
    endpoint: parsed.JINLIN_S3_ENDPOINT,
    region: parsed.JINLIN_S3_REGION,
    accessKeyId: parsed.JINLIN_S3_ACCESS_KEY_ID,
    secretAccessKey: parsed.JINLIN_S3_SECRET_ACCESS_KEY,
    forcePathStyle: parsed.JINLIN_S3_FORCE_PATH_STYLE === 'true',
    prefix: parsed.JINLIN_S3_PREFIX,
  };
}

/** Environment → typed config, in one place; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.parse(env);
  const publicUrl = parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`;
  const extraOrigins = parsed.TRUSTED_ORIGINS?.split(',').map((o) => o.trim()) ?? [];
  return {
    env: parsed.NODE_ENV,
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: path.resolve(parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.JINLIN_DB_POOL_SIZE,
    sessionCacheMs: parsed.JINLIN_SESSION_CACHE_MS,
    migrationDatabaseUrl: parsed.JINLIN_MIGRATION_DATABASE_URL,
    publicUrl,
    trustedOrigins: [
      publicUrl,
      `http://localhost:${parsed.PORT}`,
      `http://127.0.0.1:${parsed.PORT}`,
      'http://localhost:5173',
      ...extraOrigins,
    ],
    secrets: {
      authSecret: parsed.BETTER_AUTH_SECRET,
      encryptionKeys: parsed.JINLIN_ENCRYPTION_KEYS,
      hmacKey: parsed.JINLIN_HMAC_KEY,
    },
    demoData: parsed.JINLIN_DEMO_DATA,
    trustProxy: parsed.JINLIN_TRUST_PROXY === 'true',
    rateLimits: parsed.JINLIN_RATE_LIMITS
      ? parsed.JINLIN_RATE_LIMITS === 'on'
      : parsed.NODE_ENV === 'production' || parsed.NODE_ENV === 'development',
    s3: s3ConfigOf(parsed),
    logLevel: parsed.NODE_ENV === 'test' ? 'silent' : parsed.LOG_LEVEL,
  };
}

// `npm run demo:reset`: throws away the database the config names and loads the Huli demo world again.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { createFieldCrypto } from '../src/server/crypto/field-crypto';
import { loadSecrets } from '../src/server/crypto/secrets';
import { dataDirOwner } from '../src/server/db/client';
import { openDatabase } from '../src/server/db/open';
import { loadDemoWorld } from '../src/server/demo-world';

const config = loadConfig();
if (config.databaseUrl) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  await client.query(
    'drop schema if exists drizzle cascade; drop schema public cascade; create schema public;',
  );
  await client.end();
} else {
  const owner = dataDirOwner(config.dataDir);
  if (owner) {
    console.error(`[jinlin] 请先停止正在运行的服务（进程 ${owner} 正在使用 ${config.dataDir}）`);
    process.exit(1);
  }
  fs.rmSync(path.join(config.dataDir, 'pglite'), { recursive: true, force: true });
}
const database = await openDatabase(config);
await loadDemoWorld(
  database.db,
  createFieldCrypto(loadSecrets(config, (m) => console.warn(`[jinlin] ${m}`))),
);
await database.close();
console.log('[jinlin] 演示数据已重建');

import { buildApp } from './app';
import { loadConfig } from './config';
import { createFieldCrypto } from './crypto/field-crypto';
import { loadSecrets } from './crypto/secrets';
import { demoAccounts, demoPassword } from './db/demo-data/accounts';
import { openDatabase } from './db/open';
import { isEmpty, loadDemoWorld } from './demo-world';
import { upgradeModules } from './upgrade';

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  const secrets = loadSecrets(config, (message) => console.warn(`[jinlin] ${message}`));
  const fieldCrypto = createFieldCrypto(secrets);
  if (config.demoData === 'auto' && (await isEmpty(database.db))) {
    console.log('[jinlin] 首次启动：正在载入湖里区演示数据…');
    await loadDemoWorld(database.db, fieldCrypto);
  }
  const upgraded = await upgradeModules(database.db, fieldCrypto);
  if (upgraded > 0) console.log(`[jinlin] 已为 ${upgraded} 条旧记录补齐新字段`);
  const app = await buildApp({ database, config, secrets });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // A sign-up rush opens thousands of connections at once; the default backlog (511) drops some.
  await app.listen({ port: config.port, host: config.host, backlog: 4096 });
  printWelcome(config.port, database.kind);
}

function printWelcome(port: number, kind: string) {
  const lines = [
    '',
    `近邻 Jinlin 已启动: http://localhost:${port}   (数据库: ${kind}, API 文档: http://localhost:${port}/api/docs)`,
    `演示账号 (密码均为 ${demoPassword}):`,
    ...demoAccounts.map((a) => `  ${a.username.padEnd(20)} ${a.what}`),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error('[jinlin] 启动失败:', error);
  process.exit(1);
});

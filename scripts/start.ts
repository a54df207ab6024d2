// `npm start`: builds the web app when it is missing or older than its sources, then starts the server.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function webIsStale(): boolean {
  if (!fs.existsSync(builtIndex)) return true;
  const sources = ['src/web', 'src/core', 'index.html', 'vite.config.ts'].map((p) => path.join(root, p));
  return Math.max(...sources.filter(fs.existsSync).map(newestMtime)) > fs.statSync(builtIndex).mtimeMs;
}

if (webIsStale()) {
  console.log('[jinlin] 正在构建前端 (vite build)…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
await import('../src/server/main');

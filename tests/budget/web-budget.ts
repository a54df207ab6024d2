// The first-load budgets of the web app: how much compressed JavaScript a browser downloads before each
// first page shows, read from the build (dist/web and Vite's .vite/manifest.json). Run after `vite build`
// (`npm test` does so in its e2e part; alone: `npx vite build && npm run test:budget`, or with another
// build's folder: `npx tsx tests/budget/web-budget.ts /tmp/web`). Exits 1 when a
// page is over its budget, or when the build no longer holds a page or lazy page listed here.
//
// A first load is the page's entry with every chunk it imports, plus the lazy pages the router renders
// at that address, with theirs. Sizes are of the .br files @fastify/static serves to browsers that accept
// brotli (all of them over HTTPS); the .gz sizes are printed beside them for older clients.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type ManifestChunk = { file: string; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

type FirstLoad = {
  address: string;
  /** The HTML page, as the manifest names it. */
  page: 'index.html' | 'mobile.html';
  /** The lazy pages the router renders at this address, as the manifest names their source files. */
  lazy: string[];
  budgetKiB: number;
};

// The budgets: a phone on 4G gets the phone pages within 200 KB, the desk's first page within 350.
const FIRST_LOADS: FirstLoad[] = [
  { address: '/m', page: 'mobile.html', lazy: [], budgetKiB: 200 },
  { address: '/m/me', page: 'mobile.html', lazy: ['src/web/mobile/MobileMePage.tsx'], budgetKiB: 200 },
  { address: '/sign-in', page: 'index.html', lazy: ['src/web/pages/auth/SignInPage.tsx'], budgetKiB: 350 },
  {
    address: '/ (desk home)',
    page: 'index.html',
    lazy: ['src/web/components/AppShell.tsx', 'src/web/pages/home/HomePage.tsx'],
    budgetKiB: 350,
  },
];

// dist/web, or the folder named by the first argument (a build made elsewhere).
const distDir = path.resolve(
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web'),
);

/** Every chunk key the given keys load before they run: themselves and their static imports, transitively. */
const staticClosure = (manifest: Manifest, keys: readonly string[]): Set<string> => {
  const seen = new Set<string>();
  const pending = [...keys];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest: update FIRST_LOADS in this file`);
    seen.add(key);
    pending.push(...(chunk.imports ?? []));
  }
  return seen;
};

/** The served size: the precompressed copy, or the file itself when it was too small to compress. */
const servedBytes = (file: string, suffix: '.br' | '.gz'): number => {
  const compressed = path.join(distDir, `${file}${suffix}`);
  return fs.statSync(fs.existsSync(compressed) ? compressed : path.join(distDir, file)).size;
};

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

const main = (): number => {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    console.error(`${manifestPath} is missing: build the web first (npx vite build)`);
    return 1;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  let over = 0;
  console.log('first load           JS br (KiB)  JS gzip (KiB)  budget (KiB)');
  for (const load of FIRST_LOADS) {
    const files = [...staticClosure(manifest, [load.page, ...load.lazy])]
      .map((key) => manifest[key].file)
      .filter((file) => file.endsWith('.js'));
    const br = files.reduce((sum, file) => sum + servedBytes(file, '.br'), 0);
    const gzip = files.reduce((sum, file) => sum + servedBytes(file, '.gz'), 0);
    const ok = br <= load.budgetKiB * 1024;
    if (!ok) over += 1;
    console.log(
      `${ok ? '✔' : '✘'} ${load.address.padEnd(18)} ${kib(br).padStart(11)}  ${kib(gzip).padStart(13)}  ${String(load.budgetKiB).padStart(12)}  (${files.length} files)`,
    );
  }
  if (over > 0) console.error(`${over} first load(s) over budget: load more of those pages lazily`);
  return over > 0 ? 1 : 0;
};

process.exitCode = main();

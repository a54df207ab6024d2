// Makes sure Debian's Chromium (/usr/bin/chromium, which Playwright is pointed at) and a CJK font are
// installed, installing them with apt-get when missing (as root), and prints `chromium --version`.
// Playwright's own browser download cannot be used here: only the npm registry and Debian apt are reachable.
//
//   npx tsx scripts/ensure-chromium.ts      (npm test runs it before the browser journeys)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './lib/apt';
import { capture, captureOrThrow } from './lib/proc';

export const chromiumPath = '/usr/bin/chromium';

const hasCjkFont = (): boolean => {
  const { code, output } = capture('fc-list', [':', 'family']);
  return code === 0 && /Noto Sans CJK/i.test(output);
};

/** Installs what is missing; returns the `chromium --version` line. */
export const ensureChromium = async (): Promise<string> => {
  if (!existsSync(chromiumPath)) {
    await aptInstall(['chromium', 'fonts-noto-cjk'], `Chromium is missing (${chromiumPath})`);
  }
  if (!hasCjkFont()) {
    await aptInstall(
      ['fonts-noto-cjk'],
      'No "Noto Sans CJK" font is installed (fc-list), so Chinese would not render',
    );
  }
  const version = captureOrThrow(chromiumPath, ['--version']).trim();
  console.log(version);
  return version;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureChromium().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

// Installs Debian packages with apt-get when a test or benchmark needs a system binary that is missing.
// Only as root (CI machines of this project run as root); otherwise it says what to run by hand.
import { isRoot, run } from './proc';

let updated = false;

const aptEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
const lockTimeout = ['-o', 'DPkg::Lock::Timeout=300'];

/** `apt-get update` (once per process) then `apt-get install -y <packages>`. */
export const aptInstall = async (packages: readonly string[], why: string): Promise<void> => {
  if (!isRoot()) {
    throw new Error(
      `${why}, and only root may install it here. Run: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  console.log(`${why}: installing ${packages.join(', ')} with apt-get`);
  if (!updated) {
    await run('apt-get', [...lockTimeout, 'update'], { env: aptEnv() });
    updated = true;
  }
  await run('apt-get', [...lockTimeout, 'install', '-y', ...packages], { env: aptEnv() });
};

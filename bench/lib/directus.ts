// `bench:registry -- --directus=<folder>`: Directus, the general data platform an office might pick instead,
// pointed at the same PostgreSQL and asked for the same page. It is not a dependency of the project (its
// versions that run on Node 20 end at 10.x, and it brings hundreds of packages with install scripts):
// install it apart, e.g. `npm install directus@10.10.0 --prefix /tmp/dx`, and pass that folder.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { getFreePort } from '../../scripts/lib/net';
import { sleep } from '../../scripts/lib/proc';

const admin = { email: 'bench@example.com', password: 'Bench-Passw0rd' };

/** Bootstraps Directus's own tables in the database, starts it with its cache off, and signs in as admin. */
export async function startDirectus(folder: string, databaseUrl: string) {
  const port = await getFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DB_CLIENT: 'pg',
    DB_CONNECTION_STRING: databaseUrl,
    KEY: 'bench-key-'.repeat(4),
    SECRET: 'bench-secret-'.repeat(4),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    CACHE_ENABLED: 'false',
    RATE_LIMITER_ENABLED: 'false',
    TELEMETRY: 'false',
    LOG_LEVEL: 'warn',
  };
  const bin = join(folder, 'node_modules', '.bin', 'directus');
  const boot = spawnSync(bin, ['bootstrap'], { env, cwd: folder, encoding: 'utf8' });
  if (boot.status !== 0) throw new Error(`directus bootstrap failed:\n${boot.stdout}${boot.stderr}`);
  const child = spawn(bin, ['start'], { env, cwd: folder, stdio: 'ignore' });
  const stop = () => child.kill();
  for (let attempt = 0; attempt < 120; attempt++) {
    await sleep(1000);
    const signedIn = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    }).catch(() => undefined);
    if (signedIn?.ok) {
      const { data } = (await signedIn.json()) as { data: { access_token: string } };
      return { url, headers: { authorization: `Bearer ${data.access_token}` }, stop };
    }
  }
  stop();
  throw new Error('directus did not answer within two minutes');
}

/** The registry page as Directus serves it: the same filter, order, page size and total. */
export const directusPage = (unitPath: string, bornOnOrBefore: string) =>
  `/items/residents?filter[org_path][_eq]=${unitPath}&filter[status][_eq]=active` +
  `&filter[birth_date][_lte]=${bornOnOrBefore}&sort=name,id&limit=50` +
  '&fields=id,name,sex,birth_date,hukou_type,compound_id,id_number_masked,mobile_masked&meta=filter_count';

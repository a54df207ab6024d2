// An in-process database for the data benchmarks: PGlite in memory, or with --pg a throwaway PostgreSQL.
// Migrated, with one street of `communities` communities (each with grids and compounds).
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startThrowawayPostgres } from '../../scripts/lib/postgres';
import { createFieldCrypto } from '../../src/server/crypto/field-crypto';
import { parseKeyRing } from '../../src/server/crypto/secrets';
import { type DatabaseHandle, type Db, openPostgres, pgliteFromInstance } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import type { Actor } from '../../src/server/http/actor';
import { compounds, grids, orgUnits } from '../../src/server/modules/org-units/schema';
import { systemClock } from '../../src/server/platform/clock';
import type { ServiceContext } from '../../src/server/platform/context';
import { SessionCache } from '../../src/server/platform/session-cache';
import { localPhotoStore } from '../../src/server/storage/local-photo-store';
import { actorOf } from '../../src/server/testing/actor';

export const benchCrypto = createFieldCrypto({
  encryptionKeys: parseKeyRing(`b1:${Buffer.alloc(32, 3).toString('base64')}`),
  hmacKey: Buffer.alloc(32, 4),
});

export type Community = { id: string; name: string; path: string; grids: string[]; compounds: string[] };

export async function openBenchDatabase(
  usePostgres: boolean,
): Promise<{ handle: DatabaseHandle; stop(): Promise<void> }> {
  if (!usePostgres) {
    const handle = pgliteFromInstance(await PGlite.create());
    await runMigrations(handle);
    return { handle, stop: () => handle.close() };
  }
  const server = await startThrowawayPostgres();
  const handle = await openPostgres(server.url);
  await runMigrations(handle);
  return {
    handle,
    stop: async () => {
      await handle.close();
      await server.stop();
    },
  };
}

export async function createStreet(
  db: Db,
  communities: number,
): Promise<{ streetId: string; communities: Community[] }> {
  const [district] = await db
    .insert(orgUnits)
    .values({ kind: 'district', name: '基准区', code: '9', path: '9' })
    .returning();
  const [street] = await db
    .insert(orgUnits)
    .values({ kind: 'street', parentId: district.id, name: '基准街道', code: '91', path: '9.91' })
    .returning();
  const result: Community[] = [];
  for (let i = 0; i < communities; i++) {
    const path = `9.91.${910 + i}`;
    const [unit] = await db
      .insert(orgUnits)
      .values({
        kind: 'community',
        parentId: street.id,
        name: `基准社区${i + 1}`,
        code: String(910 + i),
        path,
      })
      .returning();
    const owner = { orgUnitId: unit.id, orgPath: path };
    const gridRows = await db
      .insert(grids)
      .values(Array.from({ length: 5 }, (_, g) => ({ ...owner, name: `第${g + 1}网格` })))
      .returning();
    const compoundRows = await db
      .insert(compounds)
      .values(Array.from({ length: 8 }, (_, c) => ({ ...owner, name: `小区${c + 1}` })))
      .returning();
    result.push({
      id: unit.id,
      name: unit.name,
      path,
      grids: gridRows.map((g) => g.name),
      compounds: compoundRows.map((c) => c.name),
    });
  }
  return { streetId: street.id, communities: result };
}

/** A community staff member of `unit`, as the services see one. */
export function staffActor(
  unit: { id: string; name: string; path: string },
  role: Actor['membership']['role'] = 'communityStaff',
): Actor {
  const membership = {
    id: 'bench',
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    orgUnitKind: role === 'streetAdmin' ? ('street' as const) : ('community' as const),
    orgPath: unit.path,
    role,
    providerId: null,
    providerName: null,
  };
  return actorOf({
    userId: 'bench',
    username: 'bench',
    name: '基准',
    memberships: [membership],
    membership,
  });
}

/** What a request hands the services, for `actor` over `db`; the data benchmarks store no photos. */
export function benchContext(db: Db, actor: Actor): ServiceContext {
  return {
    db,
    actor,
    crypto: benchCrypto,
    store: localPhotoStore(path.join(os.tmpdir(), 'bench-photos')),
    clock: systemClock,
    sessions: new SessionCache(0),
  };
}

export function flag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

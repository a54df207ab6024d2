/// <reference types="vite/client" />
import fs from 'node:fs';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import { modules } from '../modules';
import type { ModuleScopeSamples, ScopeIds, ScopeOwners, ScopeSample } from './scope-matrix';
import type { TestContext } from './test-app';

// Every table a module declares in its manifest: a new module's rows join the digest by themselves.
export const businessTables = modules.flatMap((m) => m.tables ?? []).map((table) => getTableName(table));

// Each module's part of the walk, in the order of the module list (a module's rows may need those above).
const found = import.meta.glob<{ scopeSamples: ModuleScopeSamples }>('../modules/*/scope-samples.ts', {
  eager: true,
});
const parts = modules.flatMap((m) => {
  const part = found[`../modules/${m.name}/scope-samples.ts`];
  return part ? [part.scopeSamples] : [];
});

/** For each route path with `:id`, the name of the id it is walked with. */
export const idFor: Record<string, string> = Object.assign({}, ...parts.map((p) => p.targets ?? {}));
export const queryFor: Record<string, string> = Object.assign({}, ...parts.map((p) => p.queries ?? {}));
/** Routes that name their target unit in the query rather than the path. */
export const unitQueryRoutes = parts.flatMap((p) => p.unitQueryRoutes ?? []);
export const leakIds = parts.flatMap((p) => p.leakIds ?? []);

export type ScopeWorld = { owners: ScopeOwners; ids: ScopeIds; samples: Record<string, ScopeSample> };

/** Signs the owners in and makes every module's rows of 园山社区 / 江头街道, and each write route's sample. */
export async function setUpScopeWorld(ctx: TestContext): Promise<ScopeWorld> {
  // Signing in also leaves sign-in audit rows of both owners.
  const owners = {
    jiangtouAdmin: await ctx.signIn('jiangtou.admin'),
    yuanshanStaff: await ctx.signIn('yuanshan.staff'),
  };
  let ids: ScopeIds = {};
  let samples: Record<string, ScopeSample> = {};
  for (const part of parts) ids = { ...ids, ...(await part.setup?.(ctx, owners, ids)) };
  for (const part of parts) samples = { ...samples, ...(await part.samples?.(ids)) };
  return { owners, ids, samples };
}

/** A catalog route's path with the world's ids in place of its parameters. */
export function pathWith(url: string, ids: ScopeIds): string {
  const idKey = idFor[url];
  return idKey
    ? url.replace(':id', ids[idKey]).replace(':sessionId', ids.session).replace(':photoId', ids.photo)
    : url;
}

/** Every photo file under the data folder, to prove a walk wrote and removed none. */
export function photoFiles(ctx: TestContext): string[] {
  const root = join(ctx.app.config.dataDir, 'photos');
  return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).sort() : [];
}

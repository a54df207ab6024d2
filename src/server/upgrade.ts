import type { FieldCrypto } from './crypto/field-crypto';
import type { Db } from './db/client';
import { modules } from './modules';

/** Runs every module's start-up upgrade (`ModuleManifest.upgrade`), in the order of the module list. */
export async function upgradeModules(db: Db, fieldCrypto: FieldCrypto): Promise<number> {
  let changed = 0;
  for (const m of modules) changed += (await m.upgrade?.(db, fieldCrypto)) ?? 0;
  return changed;
}

import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ProviderInput, ProviderView } from '../../../core/providers/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inScope, inScopeOrAbove } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { providers } from './schema';

const viewColumns = {
  id: providers.id,
  orgUnitId: providers.orgUnitId,
  name: providers.name,
  creditCode: providers.creditCode,
  contactName: providers.contactName,
  contactPhone: providers.contactPhone,
};

/** Providers registered at the actor's unit, below it, or above it (a district registers for all). */
export async function listProviders(db: Db, actor: Actor): Promise<ProviderView[]> {
  return db
    .select(viewColumns)
    .from(providers)
    .where(inScopeOrAbove(actor, providers.orgPath))
    .orderBy(asc(providers.name));
}

/** A provider the actor can see, or 404. */
export async function getVisibleProvider(
  db: Db,
  actor: Actor,
  id: string,
): Promise<ProviderView & { orgPath: string }> {
  const [row] = await db
    .select({ ...viewColumns, orgPath: providers.orgPath })
    .from(providers)
    .where(and(eq(providers.id, id), inScopeOrAbove(actor, providers.orgPath)));
  if (!row) throw new AppError('providers.not_found', 404);
  return row;
}

/** Names of providers already known to the caller (ids taken from rows in scope), for list labels. */
export async function providerNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(inArray(providers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function createProvider(db: Db, actor: Actor, input: ProviderInput): Promise<ProviderView> {
  const unit = actor.membership;
  return db.transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    const [row] = await tx
      .insert(providers)
      .values({ ...input, orgUnitId: unit.orgUnitId, orgPath: unit.orgPath })
      .returning(viewColumns);
    await recordAudit(tx, actor, {
      action: 'providers.create',
      entity: 'provider',
      entityId: row.id,
      detail: input,
    });
    return row;
  });
}

export async function updateProvider(
  db: Db,
  actor: Actor,
  id: string,
  input: ProviderInput,
): Promise<ProviderView> {
  return db.transaction(async (tx) => {
    // Seen from below, a provider registered above is there but not ours to change: say so.
    const [found] = await tx
      .select({ ...viewColumns, owned: sql<boolean>`${inScope(actor, providers.orgPath)}` })
      .from(providers)
      .where(and(eq(providers.id, id), inScopeOrAbove(actor, providers.orgPath)));
    if (!found) throw new AppError('providers.not_found', 404);
    const { owned, ...current } = found;
    if (!owned) throw new AppError('providers.registered_above', 403);
    await assertNameFree(tx, input.name, id);
    const [row] = await tx
      .update(providers)
      .set({ creditCode: null, contactName: null, contactPhone: null, ...input })
      .where(eq(providers.id, id))
      .returning(viewColumns);
    await recordAudit(tx, actor, {
      action: 'providers.update',
      entity: 'provider',
      entityId: id,
      detail: { before: current, after: input },
    });
    return row;
  });
}

async function assertNameFree(tx: Db, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.name, name), exceptId ? ne(providers.id, exceptId) : undefined));
  if (clash)
    throw new AppError('providers.duplicate_name', 409, [{ path: 'name', message: '已有同名的社工机构' }]);
}

import { and, asc, eq, ne } from 'drizzle-orm';
import type { ProviderInput, ProviderView } from '../../../core/providers/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { recordAudit } from '../../http/audit';
import { AppError } from '../../http/errors';
import { inScope, inScopeOrAbove } from '../../http/scope';
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
    const [current] = await tx
      .select(viewColumns)
      .from(providers)
      .where(and(eq(providers.id, id), inScope(actor, providers.orgPath)));
    if (!current) throw new AppError('providers.not_found', 404);
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

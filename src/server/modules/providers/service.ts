import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ProviderInput, ProviderView } from '../../../core/providers/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findInScopeOrThrow, inScope, inScopeOrAbove } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
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
export async function listProviders(ctx: ServiceContext): Promise<ProviderView[]> {
  return ctx.db
    .select(viewColumns)
    .from(providers)
    .where(inScopeOrAbove(ctx.actor, providers.orgPath))
    .orderBy(asc(providers.name));
}

/** A provider the actor can see, or 404. */
export function getVisibleProvider(
  ctx: ServiceContext,
  id: string,
): Promise<ProviderView & { orgPath: string }> {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: providers,
      columns: { ...viewColumns, orgPath: providers.orgPath },
      id,
      scope: inScopeOrAbove(ctx.actor, providers.orgPath),
    },
    'providers.not_found',
  );
}

/**
 * Names of the providers the actor sees, for list labels: those registered in its scope or above, and
 * a social worker's own organization wherever it is registered. Other ids are left out.
 */
export async function providerNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const own = ctx.actor.membership.providerId;
  const rows = await ctx.db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(
      and(
        inArray(providers.id, [...new Set(ids)]),
        or(inScopeOrAbove(ctx.actor, providers.orgPath), own ? eq(providers.id, own) : undefined),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The name of the provider `providerId` (a column of the caller's own rows) points to, or null, as a
 * scalar sub-select: other modules label rows they have already scoped without joining this table.
 * The inner `sql` keeps its columns qualified even in a single-table select.
 */
export function providerNameOf(providerId: AnyPgColumn): SQL<string | null> {
  return sql<
    string | null
  >`(${sql`select ${providers.name} from ${providers} where ${providers.id} = ${providerId}`})`;
}

export async function createProvider(ctx: ServiceContext, input: ProviderInput): Promise<ProviderView> {
  const unit = ctx.actor.membership;
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx.db, input.name);
    const [row] = await tx.db
      .insert(providers)
      .values({ ...input, orgUnitId: unit.orgUnitId, orgPath: unit.orgPath })
      .returning(viewColumns);
    await recordAudit(tx, {
      action: 'providers.create',
      entity: 'provider',
      entityId: row.id,
      detail: input,
    });
    return row;
  });
}

export async function updateProvider(
  ctx: ServiceContext,
  id: string,
  input: ProviderInput,
): Promise<ProviderView> {
  return inTransaction(ctx, async (tx) => {
    // Seen from below, a provider registered above is there but not ours to change: say so.
    const { owned, ...current } = await findInScopeOrThrow(
      tx.db,
      {
        table: providers,
        columns: { ...viewColumns, owned: sql<boolean>`${inScope(tx.actor, providers.orgPath)}` },
        id,
        scope: inScopeOrAbove(tx.actor, providers.orgPath),
      },
      'providers.not_found',
    );
    if (!owned) throw new AppError('providers.registered_above', 403);
    await assertNameFree(tx.db, input.name, id);
    const [row] = await tx.db
      .update(providers)
      .set({ creditCode: null, contactName: null, contactPhone: null, ...input })
      .where(eq(providers.id, id))
      .returning(viewColumns);
    await recordAudit(tx, {
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

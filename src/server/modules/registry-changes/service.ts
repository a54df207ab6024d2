import { and, desc, eq, type SQL } from 'drizzle-orm';
import { maskMobile, maskRoom } from '../../../core/mask';
import type {
  MyRegistryChangeInput,
  MyRegistryForm,
  RegistryChangeInput,
  RegistryChangeListQuery,
  RegistryChangeView,
} from '../../../core/registry-changes/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { notifyResidents } from '../notifications/service';
import { placesOfCommunity } from '../org-units/service';
import {
  applyRegistryChange,
  type ChangeableFields,
  changeableFields,
  listedName,
  residentBirthDateOf,
  residentNameOf,
  residentOfUser,
} from '../residents/service';
import { changeLines, differing, type FieldValues, type PlaceNames, valuesOf } from './lines';
import { residentChangeRequests } from './schema';

type Current = ChangeableFields & { orgUnitId: string; orgPath: string };
type Row = typeof residentChangeRequests.$inferSelect;

const seal = (ctx: ServiceContext, values: FieldValues) => ctx.crypto.encrypt(JSON.stringify(values));
const open = (ctx: ServiceContext, sealed: string) => JSON.parse(ctx.crypto.decrypt(sealed)) as FieldValues;

/** The compounds and grids of the communities the proposals belong to, by id. */
async function placeNames(ctx: ServiceContext, unitIds: string[]): Promise<PlaceNames> {
  const places = await Promise.all([...new Set(unitIds)].map((id) => placesOfCommunity(ctx.db, id)));
  return new Map(places.flatMap((p) => [...p.compounds, ...p.grids]).map((place) => [place.id, place.name]));
}

async function assertPlaces(ctx: ServiceContext, unitId: string, changes: FieldValues) {
  const known = await placeNames(ctx, [unitId]);
  for (const field of ['compoundId', 'gridId'] as const) {
    const id = changes[field];
    if (id && !known.has(id))
      throw new AppError('registryChanges.unknown_place', 400, [
        { path: `changes.${field}`, message: '小区或网格不属于该居民所在社区' },
      ]);
  }
}

/** The proposals matching `where` (already scoped), newest first, as the review list shows them. */
async function viewsWhere(ctx: ServiceContext, where: SQL | undefined): Promise<RegistryChangeView[]> {
  const rows = await ctx.db
    .select({
      row: residentChangeRequests,
      name: residentNameOf(residentChangeRequests.residentId),
      birthDate: residentBirthDateOf(residentChangeRequests.residentId),
    })
    .from(residentChangeRequests)
    .where(where)
    .orderBy(desc(residentChangeRequests.createdAt), desc(residentChangeRequests.id));
  const [current, places] = await Promise.all([
    changeableFields(
      ctx,
      rows.map(({ row }) => row.residentId),
    ),
    placeNames(
      ctx,
      rows.map(({ row }) => row.orgUnitId),
    ),
  ]);
  return rows.map(({ row, name, birthDate }) => ({
    id: row.id,
    residentId: row.residentId,
    residentName: listedName(ctx, { name, birthDate }),
    proposedByName: row.proposedByName,
    proposedByRole: row.proposedByRole,
    proposedAt: row.createdAt.toISOString(),
    note: row.note,
    status: row.status,
    lines: changeLines(
      open(ctx, row.changesEnc),
      open(ctx, row.beforeEnc),
      current.get(row.residentId),
      places,
    ),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
  }));
}

async function viewOf(ctx: ServiceContext, id: string): Promise<RegistryChangeView> {
  const [view] = await viewsWhere(
    ctx,
    and(eq(residentChangeRequests.id, id), inScope(ctx.actor, residentChangeRequests.orgPath)),
  );
  if (!view) throw new AppError('registryChanges.not_found', 404);
  return view;
}

/** Proposals of the caller's scope: by status, or one resident's (the resident's page shows their outcome). */
export function listChanges(
  ctx: ServiceContext,
  query: RegistryChangeListQuery,
): Promise<RegistryChangeView[]> {
  return viewsWhere(
    ctx,
    and(
      inScope(ctx.actor, residentChangeRequests.orgPath),
      query.status ? eq(residentChangeRequests.status, query.status) : undefined,
      query.residentId ? eq(residentChangeRequests.residentId, query.residentId) : undefined,
    ),
  );
}

/** Records a proposal of the values that differ from the record, with what they replace, and audits it. */
async function recordProposal(
  tx: ServiceContext,
  residentId: string,
  current: Current,
  input: { changes: FieldValues; note: string },
  role: Row['proposedByRole'],
): Promise<string> {
  await assertPlaces(tx, current.orgUnitId, input.changes);
  const changes = differing(input.changes, current);
  if (Object.keys(changes).length === 0) throw new AppError('registryChanges.nothing_changed', 400);
  const [row] = await tx.db
    .insert(residentChangeRequests)
    .values({
      orgUnitId: current.orgUnitId,
      orgPath: current.orgPath,
      residentId,
      changesEnc: seal(tx, changes),
      beforeEnc: seal(tx, valuesOf(current, changes)),
      note: input.note,
      proposedBy: tx.actor.userId,
      proposedByName: tx.actor.name,
      proposedByRole: role,
      createdAt: tx.clock.now(),
    })
    .returning({ id: residentChangeRequests.id });
  // The values stay out of the audit log: it names the fields, the sealed proposal holds the rest.
  await recordAudit(tx, {
    action: 'registryChanges.propose',
    entity: 'registryChange',
    entityId: row.id,
    orgUnit: { id: current.orgUnitId, path: current.orgPath },
    detail: { residentId, fields: Object.keys(changes) },
  });
  return row.id;
}

async function currentOf(ctx: ServiceContext, residentId: string): Promise<Current> {
  const current = (await changeableFields(ctx, [residentId])).get(residentId);
  if (!current) throw new AppError('residents.not_found', 404);
  return current;
}

/** A social worker proposes new values for a resident of their scope (提出变更). */
export async function proposeChange(
  ctx: ServiceContext,
  residentId: string,
  input: RegistryChangeInput,
): Promise<RegistryChangeView> {
  const id = await inTransaction(ctx, async (tx) =>
    recordProposal(tx, residentId, await currentOf(tx, residentId), input, 'socialWorker'),
  );
  return viewOf(ctx, id);
}

/** A resident proposes a new mobile number or address for their own record, on the phone. */
export async function proposeOwnChange(
  ctx: ServiceContext,
  input: MyRegistryChangeInput,
): Promise<RegistryChangeView> {
  const me = await residentOfUser(ctx);
  const id = await inTransaction(ctx, async (tx) =>
    recordProposal(tx, me.id, await currentOf(tx, me.id), input, 'resident'),
  );
  return viewOf(ctx, id);
}

/** The phone form: the resident's own number and room (masked), compound, the compounds, and their proposals. */
export async function myRegistry(
  ctx: ServiceContext,
): Promise<MyRegistryForm & { items: RegistryChangeView[] }> {
  const me = await residentOfUser(ctx);
  const current = await currentOf(ctx, me.id);
  const [{ compounds }, items] = await Promise.all([
    placesOfCommunity(ctx.db, current.orgUnitId),
    viewsWhere(ctx, eq(residentChangeRequests.residentId, me.id)),
  ]);
  return {
    mobileMasked: current.mobile ? maskMobile(current.mobile) : null,
    compoundId: current.compoundId,
    roomMasked: current.room ? maskRoom(current.room) : null,
    compounds,
    items,
  };
}

/** A pending proposal of the caller's scope, locked until the decision commits: 404 outside, 409 decided. */
async function lockPending(tx: ServiceContext, id: string): Promise<Row> {
  const [row] = await tx.db
    .select()
    .from(residentChangeRequests)
    .where(and(eq(residentChangeRequests.id, id), inScope(tx.actor, residentChangeRequests.orgPath)))
    .for('update');
  if (!row) throw new AppError('registryChanges.not_found', 404);
  if (row.status !== 'pending') throw new AppError('registryChanges.wrong_status', 409);
  return row;
}

async function decide(tx: ServiceContext, row: Row, status: 'approved' | 'rejected', reason: string | null) {
  await tx.db
    .update(residentChangeRequests)
    .set({ status, decidedByName: tx.actor.name, decidedAt: tx.clock.now(), rejectReason: reason })
    .where(and(eq(residentChangeRequests.id, row.id), eq(residentChangeRequests.status, 'pending')));
  await recordAudit(tx, {
    action: status === 'approved' ? 'registryChanges.approve' : 'registryChanges.reject',
    entity: 'registryChange',
    entityId: row.id,
    reason: reason ?? undefined,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
    detail: { residentId: row.residentId },
  });
}

// A resident who proposed on the phone is told the outcome there; a social worker sees it on the
// resident's page (messages reach residents only).
async function tellResident(tx: ServiceContext, row: Row, title: string, body: string) {
  if (row.proposedByRole === 'resident') await notifyResidents(tx, [row.residentId], { title, body });
}

/** 通过: the registry takes the proposed values through the staff edit's own path, in one transaction. */
export async function approveChange(ctx: ServiceContext, id: string): Promise<RegistryChangeView> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockPending(tx, id);
    await applyRegistryChange(tx, row.residentId, open(tx, row.changesEnc));
    await decide(tx, row, 'approved', null);
    await tellResident(tx, row, '登记信息已更新', '您提交的登记信息变更已由社区工作人员核实并更新。');
  });
  return viewOf(ctx, id);
}

/** 退回 with a reason the proposer is shown; the registry is left as it is. */
export async function rejectChange(
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<RegistryChangeView> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockPending(tx, id);
    await decide(tx, row, 'rejected', reason);
    await tellResident(tx, row, '登记信息变更被退回', `您提交的登记信息变更未通过：${reason}`);
  });
  return viewOf(ctx, id);
}

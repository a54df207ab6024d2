import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { z } from 'zod';
import { maskIdNumber, maskMobile, maskName } from '../../../core/mask';
import { ageOn, birthDateWindow } from '../../../core/residents/age-bands';
import {
  type ResidentDetail,
  type ResidentInput,
  residentInput,
  type residentListQuery,
} from '../../../core/residents/contract';
import { type ResidentSensitive, type TargetGroupTag, tagsOf } from '../../../core/residents/target-groups';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { type Db, prepared } from '../../db/client';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { findInScopeOrThrow, inScope, inScopeLookup, inScopePlaceholder } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import {
  compoundNameOf,
  getOrgUnitInScope,
  gridInScope,
  gridNameOf,
  gridOrderOf,
  placesOfCommunity,
} from '../org-units/service';
import { attentionCondition } from './attention';
import { resolveIdentity } from './identity';
import { childAge, toResidentRow } from './mapping';
import { households, residentConsents, residents } from './schema';
import { isTag, tagTokens } from './tags';

export type ListQuery = z.infer<typeof residentListQuery> & PageQuery;

const rowColumns = {
  id: residents.id,
  name: residents.name,
  idType: residents.idType,
  idNumberMasked: residents.idNumberMasked,
  sex: residents.sex,
  birthDate: residents.birthDate,
  mobileMasked: residents.mobileMasked,
  hukouType: residents.hukouType,
  compoundName: compoundNameOf(residents.compoundId),
  gridName: gridNameOf(residents.gridId),
  householdNo: households.householdNo,
  groupTags: residents.groupTags,
  status: residents.status,
};

export function listFilters(ctx: ServiceContext, query: ListQuery) {
  const { crypto } = ctx;
  const tokens = tagTokens(crypto);
  const asOf = query.asOf ?? ctx.clock.today();
  const band = query.ageBand ? birthDateWindow(query.ageBand, asOf) : null;
  const q = query.q;
  if (query.tag && !isTag(query.tag))
    throw new AppError('http.validation', 400, [{ path: 'tag', message: '未知的人群标签' }]);
  return and(
    inScope(ctx.actor, residents.orgPath),
    query.status === 'all' ? undefined : eq(residents.status, query.status),
    query.compoundId ? eq(residents.compoundId, query.compoundId) : undefined,
    query.gridId ? eq(residents.gridId, query.gridId) : undefined,
    query.tag && isTag(query.tag)
      ? sql`${residents.groupTags} @> array[${tokens.token(query.tag)}]::text[]`
      : undefined,
    band ? sql`${residents.birthDate} <= ${band.bornOnOrBefore}` : undefined,
    band?.bornAfter ? sql`${residents.birthDate} > ${band.bornAfter}` : undefined,
    q
      ? or(
          ilike(residents.name, `%${q}%`),
          /^[\dXx]{4}$/.test(q) ? eq(residents.idTail, q.toUpperCase()) : undefined,
          /^\d{4}$/.test(q) ? eq(residents.mobileTail, q) : undefined,
          // Whole numbers match through their keyed hashes: the counter types the number the person says.
          /^1\d{10}$/.test(q) ? eq(residents.mobileHash, crypto.hash(`mobile:${q}`)) : undefined,
          /^\d{17}[\dXx]$/.test(q)
            ? eq(residents.idNumberHash, crypto.hash(`id:${q.toUpperCase()}`))
            : undefined,
        )
      : undefined,
    query.attention ? attentionCondition(query.attention) : undefined,
  );
}

const orderings = {
  name: [asc(residents.name), asc(residents.id)],
  birthDate: [asc(residents.birthDate), asc(residents.id)],
  '-birthDate': [desc(residents.birthDate), asc(residents.id)],
  createdAt: [desc(residents.createdAt), asc(residents.id)],
};

function selectRows(db: Db) {
  return db.select(rowColumns).from(residents).leftJoin(households, eq(households.id, residents.householdId));
}

/**
 * A page of residents with the total in one statement: the count is a sub-select the page's rows carry
 * (PostgreSQL runs it once), so a page costs one round trip. Only a page past the end, which has no row
 * to carry it, asks for the total on its own.
 */
export async function listResidents(ctx: ServiceContext, query: ListQuery) {
  const where = listFilters(ctx, query);
  const countOf = () => ctx.db.select({ total: count() }).from(residents).where(where);
  const rows = await prepared(
    ctx.db
      .select({ ...rowColumns, total: sql<number>`(${countOf()})::int` })
      .from(residents)
      .leftJoin(households, eq(households.id, residents.householdId))
      .where(where)
      .orderBy(...orderings[query.sort])
      .limit(query.pageSize)
      .offset(offsetOf(query)),
  );
  const total = rows[0]?.total ?? (await prepared(countOf()))[0].total;
  const tokens = tagTokens(ctx.crypto);
  const asOf = query.asOf ?? ctx.clock.today();
  return {
    items: rows.map((r) => toResidentRow(r, tokens, asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function findResident(ctx: ServiceContext, id: string) {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: residents,
      columns: getTableColumns(residents),
      id,
      scope: inScope(ctx.actor, residents.orgPath),
    },
    'residents.not_found',
  );
}

export async function getResident(ctx: ServiceContext, id: string): Promise<ResidentDetail> {
  const { db, crypto } = ctx;
  const full = await findResident(ctx, id);
  const [row] = await selectRows(db).where(eq(residents.id, id));
  const asOf = ctx.clock.today();
  const base = toResidentRow(row, tagTokens(crypto), asOf);
  const [members, consents] = await Promise.all([
    full.householdId
      ? db
          .select({
            id: residents.id,
            name: residents.name,
            relationToHead: residents.relationToHead,
            birthDate: residents.birthDate,
          })
          .from(residents)
          .where(and(eq(residents.householdId, full.householdId), eq(residents.status, 'active')))
          .orderBy(asc(residents.birthDate))
      : [],
    db
      .select()
      .from(residentConsents)
      .where(eq(residentConsents.residentId, id))
      .orderBy(desc(residentConsents.recordedAt)),
  ]);
  // 个人信息保护法: a child's record is sensitive, so every read of it is on the record.
  if (childAge(full.birthDate, asOf)) {
    await recordAudit(ctx, {
      action: 'residents.view_child',
      entity: 'resident',
      entityId: id,
      orgUnit: { id: full.orgUnitId, path: full.orgPath },
    });
  }
  return {
    ...base,
    birthDate: full.birthDate,
    relationToHead: full.relationToHead,
    politicalStatus: full.politicalStatus,
    compoundId: full.compoundId,
    gridId: full.gridId,
    statusDate: full.statusDate,
    legalBasis: full.legalBasis,
    household: members.map((m) => ({
      id: m.id,
      name: listedName(ctx, m),
      relationToHead: m.relationToHead,
      age: ageOn(m.birthDate, asOf),
    })),
    consents: consents.map((c) => ({
      id: c.id,
      basis: c.basis,
      purposes: c.purposes,
      textVersion: c.textVersion,
      guardianName: c.guardianName,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt.toISOString(),
    })),
  };
}

/** The whole record: ID number, mobile, room, notes and the sensitive attributes. Always audited. */
export async function revealResident(ctx: ServiceContext, id: string, reason: string) {
  const { crypto } = ctx;
  const row = await findResident(ctx, id);
  await recordAudit(ctx, {
    action: 'residents.reveal',
    entity: 'resident',
    entityId: id,
    reason,
    orgUnit: { id: row.orgUnitId, path: row.orgPath },
  });
  const open = (v: string | null) => (v ? crypto.decrypt(v) : null);
  return {
    name: row.name,
    idNumber: crypto.decrypt(row.idNumberEnc),
    mobile: open(row.mobileEnc),
    room: open(row.roomEnc),
    notes: open(row.notesEnc),
    sensitive: JSON.parse(crypto.decrypt(row.sensitiveEnc)) as ResidentSensitive,
  };
}

/** The columns a resident's input becomes: encrypted, hashed, tagged. Shared with the importer. */
export function residentValues(crypto: FieldCrypto, input: ResidentInput) {
  const identity = resolveIdentity(input);
  const tokens = tagTokens(crypto);
  const seal = (v: string | null | undefined) => (v ? crypto.encrypt(v) : null);
  return {
    name: input.name,
    idType: input.idType,
    idNumberEnc: crypto.encrypt(identity.idNumber),
    idNumberHash: crypto.hash(`id:${identity.idNumber}`),
    idTail: identity.idNumber.slice(-4),
    idNumberMasked: maskIdNumber(identity.idNumber),
    sex: identity.sex,
    birthDate: identity.birthDate,
    mobileEnc: seal(input.mobile),
    mobileHash: input.mobile ? crypto.hash(`mobile:${input.mobile}`) : null,
    mobileTail: input.mobile ? input.mobile.slice(-4) : null,
    mobileMasked: input.mobile ? maskMobile(input.mobile) : null,
    hukouType: input.hukouType,
    compoundId: input.compoundId ?? null,
    gridId: input.gridId ?? null,
    roomEnc: seal(input.room),
    relationToHead: input.relationToHead ?? null,
    politicalStatus: input.politicalStatus ?? null,
    groupTags: tokens.tokens(tagsOf(input.sensitive)),
    sensitiveEnc: crypto.encrypt(JSON.stringify(input.sensitive)),
    notesEnc: seal(input.notes),
    contentHash: contentHash(crypto, input, identity),
  };
}

function contentHash(
  crypto: FieldCrypto,
  input: ResidentInput,
  identity: { idNumber: string; birthDate: string; sex: string },
): string {
  const { orgUnitId: _unit, ...content } = input;
  const normalized: Record<string, unknown> = {
    ...content,
    ...identity,
    sensitive: { ...input.sensitive, flags: [...input.sensitive.flags].sort() },
  };
  const keys = Object.keys(normalized).sort();
  // Absent and empty mean the same on a roster: both become null before hashing.
  return crypto.hash(`content:${JSON.stringify(keys.map((k) => [k, normalized[k] ?? null]))}`);
}

/** The community a new resident belongs to: the given one (in scope) or the caller's own. */
export async function targetCommunity(ctx: ServiceContext, orgUnitId: string | undefined) {
  const unit = await getOrgUnitInScope(ctx, orgUnitId ?? ctx.actor.membership.orgUnitId);
  if (unit.kind !== 'community') throw new AppError('residents.not_a_community', 400);
  return unit;
}

async function assertPlaces(db: Db, unitId: string, input: ResidentInput) {
  const places = await placesOfCommunity(db, unitId);
  const bad =
    (input.compoundId && !places.compounds.some((c) => c.id === input.compoundId)) ||
    (input.gridId && !places.grids.some((g) => g.id === input.gridId));
  if (bad) {
    const path =
      input.compoundId && !places.compounds.some((c) => c.id === input.compoundId) ? 'compoundId' : 'gridId';
    throw new AppError('residents.unknown_place', 400, [{ path, message: '小区或网格不属于该社区' }]);
  }
}

async function householdIdFor(
  tx: Db,
  unit: { id: string; path: string },
  householdNo: string | null | undefined,
) {
  if (!householdNo) return null;
  const [row] = await tx
    .insert(households)
    .values({ orgUnitId: unit.id, orgPath: unit.path, householdNo })
    .onConflictDoUpdate({ target: [households.orgUnitId, households.householdNo], set: { householdNo } })
    .returning({ id: households.id });
  return row.id;
}

async function assertIdFree(tx: Db, idNumberHash: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, idNumberHash));
  if (clash && clash.id !== exceptId)
    throw new AppError('residents.duplicate_id_number', 409, [
      { path: 'idNumber', message: '该证件号码已登记' },
    ]);
}

export async function createResident(ctx: ServiceContext, input: ResidentInput) {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await targetCommunity(tx, input.orgUnitId);
    await assertPlaces(tx.db, unit.id, input);
    const values = residentValues(tx.crypto, input);
    await assertIdFree(tx.db, values.idNumberHash);
    const householdId = await householdIdFor(tx.db, unit, input.householdNo);
    const [row] = await tx.db
      .insert(residents)
      .values({ ...values, householdId, orgUnitId: unit.id, orgPath: unit.path })
      .returning({ id: residents.id });
    await recordAudit(tx, {
      action: 'residents.create',
      entity: 'resident',
      entityId: row.id,
      orgUnit: unit,
    });
    return row.id;
  });
  return getResident(ctx, id);
}

/** A staff edit inside the caller's transaction: checked, sealed and audited as `updateResident`. */
async function writeResident(tx: ServiceContext, id: string, input: ResidentInput) {
  const current = await findResident(tx, id);
  const unit = { id: current.orgUnitId, path: current.orgPath };
  await assertPlaces(tx.db, unit.id, input);
  const values = residentValues(tx.crypto, input);
  await assertIdFree(tx.db, values.idNumberHash, id);
  const householdId = await householdIdFor(tx.db, unit, input.householdNo);
  await tx.db
    .update(residents)
    .set({ ...values, householdId })
    .where(eq(residents.id, id));
  await recordAudit(tx, {
    action: 'residents.update',
    entity: 'resident',
    entityId: id,
    orgUnit: unit,
  });
}

export async function updateResident(ctx: ServiceContext, id: string, input: ResidentInput) {
  await inTransaction(ctx, (tx) => writeResident(tx, id, input));
  return getResident(ctx, id);
}

type StatusInput = { status: 'active' | 'movedAway' | 'died'; statusDate: string };

async function writeResidentStatus(tx: ServiceContext, id: string, input: StatusInput) {
  // Locked until the change commits: a concurrent change waits, so each audit entry names the
  // status it really replaced.
  const [current] = await tx.db
    .select({ status: residents.status, orgUnitId: residents.orgUnitId, orgPath: residents.orgPath })
    .from(residents)
    .where(and(eq(residents.id, id), inScope(tx.actor, residents.orgPath)))
    .for('update');
  if (!current) throw new AppError('residents.not_found', 404);
  await tx.db.update(residents).set(input).where(eq(residents.id, id));
  await recordAudit(tx, {
    action: 'residents.status',
    entity: 'resident',
    entityId: id,
    orgUnit: { id: current.orgUnitId, path: current.orgPath },
    detail: { from: current.status, ...input },
  });
}

export async function setResidentStatus(ctx: ServiceContext, id: string, input: StatusInput) {
  await inTransaction(ctx, (tx) => writeResidentStatus(tx, id, input));
  return getResident(ctx, id);
}

/** The fields of a record a registry change may touch (the registry-changes module), decrypted. */
export type ChangeableFields = {
  mobile: string | null;
  compoundId: string | null;
  gridId: string | null;
  room: string | null;
  status: 'active' | 'movedAway' | 'died';
  statusDate: string | null;
};

/** The changeable fields of residents in the actor's scope, by id; ids out of scope are left out. */
export async function changeableFields(
  ctx: ServiceContext,
  ids: string[],
): Promise<Map<string, ChangeableFields & { orgUnitId: string; orgPath: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: residents.id,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
      mobileEnc: residents.mobileEnc,
      compoundId: residents.compoundId,
      gridId: residents.gridId,
      roomEnc: residents.roomEnc,
      status: residents.status,
      statusDate: residents.statusDate,
    })
    .from(residents)
    .where(and(inArray(residents.id, [...new Set(ids)]), inScope(ctx.actor, residents.orgPath)));
  const open = (v: string | null) => (v ? ctx.crypto.decrypt(v) : null);
  return new Map(
    rows.map(({ id, mobileEnc, roomEnc, ...row }) => [
      id,
      { ...row, mobile: open(mobileEnc), room: open(roomEnc) },
    ]),
  );
}

/** A stored record as the staff edit form would send it back, whole: the base an approved change edits. */
async function inputOf(ctx: ServiceContext, row: typeof residents.$inferSelect): Promise<ResidentInput> {
  const open = (v: string | null) => (v ? ctx.crypto.decrypt(v) : null);
  const [household] = row.householdId
    ? await ctx.db
        .select({ no: households.householdNo })
        .from(households)
        .where(eq(households.id, row.householdId))
    : [];
  // Parsed by the edit form's own contract, so the stored enums come back typed as the form's.
  return residentInput.parse({
    name: row.name,
    idType: row.idType,
    idNumber: ctx.crypto.decrypt(row.idNumberEnc),
    birthDate: row.birthDate,
    sex: row.sex,
    mobile: open(row.mobileEnc),
    hukouType: row.hukouType,
    compoundId: row.compoundId,
    gridId: row.gridId,
    room: open(row.roomEnc),
    householdNo: household?.no ?? null,
    relationToHead: row.relationToHead,
    politicalStatus: row.politicalStatus,
    sensitive: JSON.parse(ctx.crypto.decrypt(row.sensitiveEnc)),
    notes: open(row.notesEnc),
  });
}

/**
 * Applies an approved registry change in the caller's transaction, through the paths of a staff edit
 * and a status change: the same place checks, sealing, content hash and audit entries.
 */
export async function applyRegistryChange(
  tx: ServiceContext,
  id: string,
  changes: Partial<ChangeableFields>,
): Promise<void> {
  const { status, statusDate, ...record } = changes;
  if (Object.keys(record).length > 0) {
    // Locked from read to write: the whole record is written back, so a concurrent edit must wait.
    const [current] = await tx.db
      .select()
      .from(residents)
      .where(and(eq(residents.id, id), inScope(tx.actor, residents.orgPath)))
      .for('update');
    if (!current) throw new AppError('residents.not_found', 404);
    await writeResident(tx, id, { ...(await inputOf(tx, current)), ...record });
  }
  if (status && statusDate) await writeResidentStatus(tx, id, { status, statusDate });
}

type ConsentInput = {
  basis: 'consent' | 'legalDuty';
  purposes: string[];
  textVersion?: string;
  guardianName?: string;
  guardianRelation?: string;
};

export async function addConsent(ctx: ServiceContext, id: string, input: ConsentInput) {
  await inTransaction(ctx, async (tx) => {
    const current = await findResident(tx, id);
    if (childAge(current.birthDate, tx.clock.today()) && input.basis === 'consent' && !input.guardianName)
      throw new AppError('residents.guardian_required', 400, [
        { path: 'guardianName', message: '请填写监护人' },
      ]);
    await tx.db.insert(residentConsents).values({ residentId: id, ...input, recordedBy: tx.actor.name });
    if (input.basis === 'consent')
      await tx.db.update(residents).set({ legalBasis: 'consent' }).where(eq(residents.id, id));
    await recordAudit(tx, {
      action: 'residents.consent',
      entity: 'resident',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
      detail: { basis: input.basis, purposes: input.purposes },
    });
  });
  return getResident(ctx, id);
}

export type ResidentRef = { id: string; name: string; orgUnitId: string; orgPath: string };

const refColumns = {
  id: residents.id,
  name: residents.name,
  orgUnitId: residents.orgUnitId,
  orgPath: residents.orgPath,
};

/** A resident the actor may serve (in scope), for other modules that record services to people. */
export function getResidentRef(ctx: ServiceContext, id: string): Promise<ResidentRef> {
  return residentRefLookup(ctx.db, ctx.actor, id);
}

/**
 * The resident whose id is `id` (an expression of the caller's statement), as a `ResidentRef`, or null
 * outside the actor's scope (the values of `scopeValues`): a column for another module's statement built
 * once, so a sign-up at the desk reads the activity and the person in one statement.
 */
export const residentRefInScope = (
  id: SQL,
) => sql<ResidentRef | null>`(select json_build_object('id', ${residents.id},
    'name', ${residents.name}, 'orgUnitId', ${residents.orgUnitId}, 'orgPath', ${residents.orgPath})
  from ${residents}
  where ${residents.id} = ${id} and ${inScopePlaceholder(residents.orgPath)})`;

// Built once: cases, visits, needs, meetings and volunteers look a person up on many requests.
const residentRefLookup = inScopeLookup(
  { table: residents, columns: refColumns, path: residents.orgPath },
  'residents.not_found',
);

/** Several residents in scope at once, in one query; any id not found in scope is a 404. */
export async function getResidentRefs(ctx: ServiceContext, ids: string[]): Promise<ResidentRef[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await ctx.db
    .select(refColumns)
    .from(residents)
    .where(and(inArray(residents.id, unique), inScope(ctx.actor, residents.orgPath)));
  if (rows.length !== unique.length) throw new AppError('residents.not_found', 404);
  return rows;
}

/**
 * Active residents in scope in a target group (matched by its keyed token, decision 003), optionally in
 * one grid of the scope: for modules that serve a whole group at once, such as visit plans.
 */
export async function residentsInTargetGroup(
  ctx: ServiceContext,
  tag: TargetGroupTag,
  gridId?: string,
): Promise<ResidentRef[]> {
  if (gridId && !(await gridInScope(ctx, gridId))) throw new AppError('residents.unknown_grid', 404);
  return ctx.db
    .select(refColumns)
    .from(residents)
    .where(
      and(
        inScope(ctx.actor, residents.orgPath),
        eq(residents.status, 'active'),
        sql`${residents.groupTags} @> array[${tagTokens(ctx.crypto).token(tag)}]::text[]`,
        gridId ? eq(residents.gridId, gridId) : undefined,
      ),
    )
    .orderBy(asc(residents.id));
}

/** A resident's identity, decrypted, for a module that registers the person under its own record. */
export type ResidentIdentity = {
  id: string;
  orgUnitId: string;
  orgPath: string;
  userId: string | null;
  name: string;
  idType: 'residentId' | 'passport' | 'hkMacaoPermit' | 'taiwanPermit' | 'other';
  idNumber: string;
  birthDate: string;
  mobile: string | null;
  compoundId: string | null;
};

/**
 * The identities of active residents by id, or by the accounts linked to them. The caller has resolved
 * scope already (`getResidentRef`, `residentOfUser`, or the demo world, where there is no actor), so
 * this takes only the executor and the crypto, as `placesOfCommunity` does.
 */
export async function residentIdentities(
  db: Db,
  crypto: FieldCrypto,
  which: { ids: string[] } | { userIds: string[] },
): Promise<ResidentIdentity[]> {
  const keys = 'ids' in which ? which.ids : which.userIds;
  if (keys.length === 0) return [];
  const rows = await db
    .select({
      id: residents.id,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
      userId: residents.userId,
      name: residents.name,
      idType: residents.idType,
      idNumberEnc: residents.idNumberEnc,
      birthDate: residents.birthDate,
      mobileEnc: residents.mobileEnc,
      compoundId: residents.compoundId,
    })
    .from(residents)
    .where(
      and(
        eq(residents.status, 'active'),
        'ids' in which ? inArray(residents.id, keys) : inArray(residents.userId, keys),
      ),
    )
    .orderBy(asc(residents.idTail), asc(residents.id));
  return rows.map(({ idNumberEnc, mobileEnc, ...row }) => ({
    ...row,
    idNumber: crypto.decrypt(idNumberEnc),
    mobile: mobileEnc ? crypto.decrypt(mobileEnc) : null,
  }));
}

/** The resident record of the signed-in user (phone pages), or 404. */
export async function residentOfUser(ctx: ServiceContext): Promise<ResidentRef> {
  const [row] = await ctx.db
    .select(refColumns)
    .from(residents)
    .where(and(eq(residents.userId, ctx.actor.userId), eq(residents.status, 'active')));
  if (!row) throw new AppError('residents.no_linked_record', 404);
  return row;
}

/**
 * A condition for another module's query: the resident named in `residentIdColumn` has `part` in
 * their name. The caller decides which of its rows may be searched by name at all.
 */
export function residentNameContains(residentIdColumn: AnyColumn, part: string): SQL {
  const pattern = `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`exists (select 1 from ${residents} where ${residents.id} = ${residentIdColumn} and ${ilike(residents.name, pattern)})`;
}

/**
 * The registry as a derived table for another module's raw SQL, holding only the residents in the
 * actor's scope, with what its lists of people show: `join (${residentLabels(ctx)}) r on r.id = …`
 * gives `r.name`, `r."birthDate"` (text; a list masks minors' names), `r."gridId"`, `r."gridName"`,
 * `r."gridOrder"` (the grid's place in its community's order) and `r.active` (still living here).
 */
export function residentLabels(ctx: ServiceContext): SQL {
  return sql`select ${residents.id} as id, ${residents.name} as name,
      ${residents.birthDate}::text as "birthDate", ${residents.gridId} as "gridId",
      ${gridNameOf(residents.gridId)} as "gridName", ${gridOrderOf(residents.gridId)} as "gridOrder",
      ${residents.status} = 'active' as active
    from ${residents} where ${inScope(ctx.actor, residents.orgPath)}`;
}

/**
 * A column of the resident `residentIdColumn` points to, as a scalar sub-select for another module's
 * select list over rows it has already scoped: the people signed up for or present at the caller's own
 * activity are named whichever unit they live in. The inner `sql` keeps its columns qualified even in
 * a single-table select, where drizzle prints the top-level ones bare.
 */
function residentColumnOf<T>(column: AnyColumn | SQL, residentIdColumn: AnyColumn): SQL<T> {
  return sql<T>`(${sql`select ${column} from ${residents} where ${residents.id} = ${residentIdColumn}`})`;
}

/**
 * The one rule for a person's name in any list, sheet or export of another module (and the household on
 * a resident's page): whole only to roles that read the registry, and even to them a minor's name is
 * masked; every other role (street and district admins, reviewers) sees names masked.
 */
export function listedName(ctx: ServiceContext, person: { name: string; birthDate: string }): string {
  const whole =
    hasPermission(ctx.actor, 'residents.read') && ageOn(person.birthDate, ctx.clock.today()) >= 18;
  return whole ? person.name : maskName(person.name);
}

/** The name of the resident `residentIdColumn` points to (see `residentColumnOf`); show it through `listedName`. */
export const residentNameOf = (residentIdColumn: AnyColumn) =>
  residentColumnOf<string>(residents.name, residentIdColumn);

/** The birth date (text) of the resident `residentIdColumn` points to (see `residentColumnOf`), to mask minors. */
export const residentBirthDateOf = (residentIdColumn: AnyColumn) =>
  residentColumnOf<string>(sql`${residents.birthDate}::text`, residentIdColumn);

/** Names of residents for list labels: only residents in the actor's scope; other ids are left out. */
export async function residentNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: residents.id, name: residents.name })
    .from(residents)
    .where(and(inArray(residents.id, ids), inScope(ctx.actor, residents.orgPath)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// The demo world's people, for the demo loaders of the modules that serve them.
export {
  type DemoPerson,
  demoCaseClients,
  demoResidentsByIdTail,
  demoResidentsInGroup,
  linkDemoAccount,
} from './demo-people';

// A community's resident counts, for its community profile.
export { registryCounts } from './stats';

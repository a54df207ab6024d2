import { type AnyColumn, and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { maskName } from '../../../core/mask';
import { ageOn, birthDateWindow } from '../../../core/residents/age-bands';
import type { ResidentDetail, ResidentInput, residentListQuery } from '../../../core/residents/contract';
import { type ResidentSensitive, type TargetGroupTag, tagsOf } from '../../../core/residents/target-groups';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { compounds, grids } from '../org-units/schema';
import { getOrgUnitInScope, placesOfCommunity } from '../org-units/service';
import { resolveIdentity } from './identity';
import { childAge, today, toResidentRow } from './mapping';
import { households, residentConsents, residents } from './schema';
import { isTag, tagTokens } from './tags';

export type ListQuery = z.infer<typeof residentListQuery> & PageQuery;

const rowColumns = {
  id: residents.id,
  name: residents.name,
  idType: residents.idType,
  idNumberEnc: residents.idNumberEnc,
  sex: residents.sex,
  birthDate: residents.birthDate,
  mobileEnc: residents.mobileEnc,
  hukouType: residents.hukouType,
  compoundName: compounds.name,
  gridName: grids.name,
  householdNo: households.householdNo,
  groupTags: residents.groupTags,
  status: residents.status,
};

export function listFilters(crypto: FieldCrypto, actor: Actor, query: ListQuery) {
  const tokens = tagTokens(crypto);
  const asOf = query.asOf ?? today();
  const band = query.ageBand ? birthDateWindow(query.ageBand, asOf) : null;
  const q = query.q;
  if (query.tag && !isTag(query.tag))
    throw new AppError('http.validation', 400, [{ path: 'tag', message: '未知的人群标签' }]);
  return and(
    inScope(actor, residents.orgPath),
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
  );
}

const orderings = {
  name: [asc(residents.name), asc(residents.id)],
  birthDate: [asc(residents.birthDate), asc(residents.id)],
  '-birthDate': [desc(residents.birthDate), asc(residents.id)],
  createdAt: [desc(residents.createdAt), asc(residents.id)],
};

function selectRows(db: Db) {
  return db
    .select(rowColumns)
    .from(residents)
    .leftJoin(compounds, eq(compounds.id, residents.compoundId))
    .leftJoin(grids, eq(grids.id, residents.gridId))
    .leftJoin(households, eq(households.id, residents.householdId));
}

export async function listResidents(db: Db, crypto: FieldCrypto, actor: Actor, query: ListQuery) {
  const where = listFilters(crypto, actor, query);
  const [rows, [{ total }]] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(...orderings[query.sort])
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(residents).where(where),
  ]);
  const tokens = tagTokens(crypto);
  const asOf = query.asOf ?? today();
  return {
    items: rows.map((r) => toResidentRow(r, crypto, tokens, asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function findResident(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(residents)
    .where(and(eq(residents.id, id), inScope(actor, residents.orgPath)));
  if (!row) throw new AppError('residents.not_found', 404);
  return row;
}

export async function getResident(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
): Promise<ResidentDetail> {
  await findResident(db, actor, id);
  const [row] = await selectRows(db).where(eq(residents.id, id));
  const [full] = await db.select().from(residents).where(eq(residents.id, id));
  const asOf = today();
  const base = toResidentRow(row, crypto, tagTokens(crypto), asOf);
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
    await recordAudit(db, actor, {
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
      name: ageOn(m.birthDate, asOf) < 18 ? maskName(m.name) : m.name,
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
export async function revealResident(db: Db, crypto: FieldCrypto, actor: Actor, id: string, reason: string) {
  const row = await findResident(db, actor, id);
  await recordAudit(db, actor, {
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
    sex: identity.sex,
    birthDate: identity.birthDate,
    mobileEnc: seal(input.mobile),
    mobileHash: input.mobile ? crypto.hash(`mobile:${input.mobile}`) : null,
    mobileTail: input.mobile ? input.mobile.slice(-4) : null,
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
export async function targetCommunity(db: Db, actor: Actor, orgUnitId: string | undefined) {
  const unit = await getOrgUnitInScope(db, actor, orgUnitId ?? actor.membership.orgUnitId);
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

export async function householdIdFor(
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

export async function createResident(db: Db, crypto: FieldCrypto, actor: Actor, input: ResidentInput) {
  const unit = await targetCommunity(db, actor, input.orgUnitId);
  await assertPlaces(db, unit.id, input);
  const values = residentValues(crypto, input);
  const id = await db.transaction(async (tx) => {
    await assertIdFree(tx, values.idNumberHash);
    const householdId = await householdIdFor(tx, unit, input.householdNo);
    const [row] = await tx
      .insert(residents)
      .values({ ...values, householdId, orgUnitId: unit.id, orgPath: unit.path })
      .returning({ id: residents.id });
    await recordAudit(tx, actor, {
      action: 'residents.create',
      entity: 'resident',
      entityId: row.id,
      orgUnit: unit,
    });
    return row.id;
  });
  return getResident(db, crypto, actor, id);
}

export async function updateResident(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: ResidentInput,
) {
  const current = await findResident(db, actor, id);
  const unit = { id: current.orgUnitId, path: current.orgPath };
  await assertPlaces(db, unit.id, input);
  const values = residentValues(crypto, input);
  await db.transaction(async (tx) => {
    await assertIdFree(tx, values.idNumberHash, id);
    const householdId = await householdIdFor(tx, unit, input.householdNo);
    await tx
      .update(residents)
      .set({ ...values, householdId })
      .where(eq(residents.id, id));
    await recordAudit(tx, actor, {
      action: 'residents.update',
      entity: 'resident',
      entityId: id,
      orgUnit: unit,
    });
  });
  return getResident(db, crypto, actor, id);
}

export async function setResidentStatus(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: { status: 'active' | 'movedAway' | 'died'; statusDate: string },
) {
  const current = await findResident(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.update(residents).set(input).where(eq(residents.id, id));
    await recordAudit(tx, actor, {
      action: 'residents.status',
      entity: 'resident',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
      detail: { from: current.status, ...input },
    });
  });
  return getResident(db, crypto, actor, id);
}

export async function addConsent(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  id: string,
  input: {
    basis: 'consent' | 'legalDuty';
    purposes: string[];
    textVersion?: string;
    guardianName?: string;
    guardianRelation?: string;
  },
) {
  const current = await findResident(db, actor, id);
  const age = ageOn(current.birthDate, today());
  if (age < 14 && input.basis === 'consent' && !input.guardianName)
    throw new AppError('residents.guardian_required', 400, [
      { path: 'guardianName', message: '请填写监护人' },
    ]);
  await db.transaction(async (tx) => {
    await tx.insert(residentConsents).values({ residentId: id, ...input, recordedBy: actor.name });
    if (input.basis === 'consent')
      await tx.update(residents).set({ legalBasis: 'consent' }).where(eq(residents.id, id));
    await recordAudit(tx, actor, {
      action: 'residents.consent',
      entity: 'resident',
      entityId: id,
      orgUnit: { id: current.orgUnitId, path: current.orgPath },
      detail: { basis: input.basis, purposes: input.purposes },
    });
  });
  return getResident(db, crypto, actor, id);
}

export type ResidentRef = { id: string; name: string; orgUnitId: string; orgPath: string };

/** A resident the actor may serve (in scope), for other modules that record services to people. */
export async function getResidentRef(db: Db, actor: Actor, id: string): Promise<ResidentRef> {
  const row = await findResident(db, actor, id);
  return { id: row.id, name: row.name, orgUnitId: row.orgUnitId, orgPath: row.orgPath };
}

/** Several residents in scope at once, in one query; any id not found in scope is a 404. */
export async function getResidentRefs(db: Db, actor: Actor, ids: string[]): Promise<ResidentRef[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({
      id: residents.id,
      name: residents.name,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
    })
    .from(residents)
    .where(and(inArray(residents.id, unique), inScope(actor, residents.orgPath)));
  if (rows.length !== unique.length) throw new AppError('residents.not_found', 404);
  return rows;
}

/**
 * Active residents in scope in a target group (matched by its keyed token, decision 003), optionally in
 * one grid of the scope: for modules that serve a whole group at once, such as visit plans.
 */
export async function residentsInTargetGroup(
  db: Db,
  crypto: FieldCrypto,
  actor: Actor,
  tag: TargetGroupTag,
  gridId?: string,
): Promise<ResidentRef[]> {
  if (gridId) {
    const [grid] = await db
      .select({ id: grids.id })
      .from(grids)
      .where(and(eq(grids.id, gridId), inScope(actor, grids.orgPath)));
    if (!grid) throw new AppError('residents.unknown_grid', 404);
  }
  return db
    .select({
      id: residents.id,
      name: residents.name,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
    })
    .from(residents)
    .where(
      and(
        inScope(actor, residents.orgPath),
        eq(residents.status, 'active'),
        sql`${residents.groupTags} @> array[${tagTokens(crypto).token(tag)}]::text[]`,
        gridId ? eq(residents.gridId, gridId) : undefined,
      ),
    )
    .orderBy(asc(residents.id));
}

/** The resident record of the signed-in user (phone pages), or 404. */
export async function residentOfUser(db: Db, userId: string): Promise<ResidentRef> {
  const [row] = await db
    .select({
      id: residents.id,
      name: residents.name,
      orgUnitId: residents.orgUnitId,
      orgPath: residents.orgPath,
    })
    .from(residents)
    .where(and(eq(residents.userId, userId), eq(residents.status, 'active')));
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

export async function residentNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: residents.id, name: residents.name })
    .from(residents)
    .where(inArray(residents.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

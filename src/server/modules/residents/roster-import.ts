import { eq, inArray } from 'drizzle-orm';
import type { ResidentInput } from '../../../core/residents/contract';
import type { ResidentSensitive } from '../../../core/residents/target-groups';
import type { Db } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { placesOfCommunity } from '../org-units/service';
import { readRoster } from './roster-reader';
import type { RowError } from './roster-rows';
import { rowToInput } from './roster-rows';
import { households, residents } from './schema';
import { residentValues, targetCommunity } from './service';

type Values = ReturnType<typeof residentValues>;
type Unit = { id: string; name: string; path: string };

export type ImportReport = {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** The first 1,000 problems, row by row. */
  errors: RowError[];
};

export type ImportPlan = {
  unit: Unit;
  report: ImportReport;
  inserts: { values: Values; householdNo: string | null }[];
  updates: { id: string; values: Values; householdNo: string | null }[];
};

// Flags the roster has no column for: a re-import must not erase them.
const flagsOutsideRoster = ['marginalLowIncome'] as const;

/** Where a commit is: checking the rows (before the transaction), then writing them. */
export type ImportProgress = { phase: 'checking' | 'writing'; done: number; total: number };
type OnProgress = (progress: ImportProgress) => void;

/** A roster read from its file, for its community: what the check and the commit start from. */
export type ImportUpload = { unit: Unit; rows: Awaited<ReturnType<typeof readRoster>> };

/** Resolves the community, then reads the file: a caller outside the unit learns nothing, not even whether the file was fine. */
export async function readImport(
  ctx: ServiceContext,
  orgUnitId: string | undefined,
  file: () => Promise<Buffer>,
): Promise<ImportUpload> {
  const unit = await targetCommunity(ctx, orgUnitId);
  return { unit, rows: await readRoster(await file()) };
}

/** Rows between two progress reports: often enough to watch, rarely enough to cost nothing. */
const progressEvery = 500;

/**
 * The dry run: every row checked, each person matched by ID hash; nothing written but an audit row.
 * The check answers, in bulk, whether an ID number is registered in another community, so every
 * check is audited with its row count and the number of such answers.
 */
export async function planImport(
  ctx: ServiceContext,
  orgUnitId: string | undefined,
  file: () => Promise<Buffer>,
): Promise<ImportPlan> {
  return checkImport(ctx, await readImport(ctx, orgUnitId, file));
}

/** The check of a read roster, reporting how many rows it has checked (encrypting each is the slow part). */
export async function checkImport(
  ctx: ServiceContext,
  { unit, rows }: ImportUpload,
  onProgress: OnProgress = () => {},
): Promise<ImportPlan> {
  const { db, crypto } = ctx;
  const places = await placesOfCommunity(db, unit.id);
  const errors: RowError[] = [];
  const parsed: { row: number; input: ResidentInput; values: Values }[] = [];
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    if (index % progressEvery === 0) onProgress({ phase: 'checking', done: index, total: rows.length });
    const result = rowToInput(row, places);
    if (!result.input) {
      errors.push(...result.errors);
      continue;
    }
    const values = residentValues(crypto, result.input);
    const first = seen.get(values.idNumberHash);
    if (first) {
      errors.push({ row: row.rowNumber, column: '证件号码', message: `与第${first}行的证件号码重复` });
      continue;
    }
    seen.set(values.idNumberHash, row.rowNumber);
    parsed.push({ row: row.rowNumber, input: result.input, values });
  }
  onProgress({ phase: 'checking', done: rows.length, total: rows.length });
  const existing = await existingByHash(db, [...seen.keys()]);
  const plan: ImportPlan = { unit, inserts: [], updates: [], report: emptyReport(rows.length) };
  let registeredElsewhere = 0;
  for (const item of parsed) {
    const found = existing.get(item.values.idNumberHash);
    if (!found) {
      plan.inserts.push({ values: item.values, householdNo: item.input.householdNo ?? null });
      continue;
    }
    if (found.orgPath !== unit.path) {
      registeredElsewhere++;
      errors.push({
        row: item.row,
        column: '证件号码',
        message: '该证件号码已在其他社区登记，请先由原社区办理迁出',
      });
      continue;
    }
    const kept = (JSON.parse(crypto.decrypt(found.sensitiveEnc)) as ResidentSensitive).flags.filter((f) =>
      (flagsOutsideRoster as readonly string[]).includes(f),
    );
    const input = {
      ...item.input,
      sensitive: { ...item.input.sensitive, flags: [...item.input.sensitive.flags, ...kept] },
    };
    const values = kept.length > 0 ? residentValues(crypto, input) : item.values;
    if (values.contentHash === found.contentHash) plan.report.unchanged++;
    else plan.updates.push({ id: found.id, values, householdNo: input.householdNo ?? null });
  }
  plan.report = {
    ...plan.report,
    created: plan.inserts.length,
    updated: plan.updates.length,
    errorCount: errors.length,
    errors: errors.slice(0, 1000),
  };
  await recordAudit(ctx, {
    action: 'residents.import_check',
    entity: 'resident',
    orgUnit: unit,
    detail: { rows: rows.length, registeredElsewhere, errors: errors.length },
  });
  return plan;
}

function emptyReport(total: number): ImportReport {
  return { total, created: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [] };
}

async function existingByHash(db: Db, hashes: string[]) {
  const found = new Map<string, { id: string; orgPath: string; contentHash: string; sensitiveEnc: string }>();
  for (let i = 0; i < hashes.length; i += 5000) {
    const rows = await db
      .select({
        id: residents.id,
        idNumberHash: residents.idNumberHash,
        orgPath: residents.orgPath,
        contentHash: residents.contentHash,
        sensitiveEnc: residents.sensitiveEnc,
      })
      .from(residents)
      .where(inArray(residents.idNumberHash, hashes.slice(i, i + 5000)));
    for (const { idNumberHash, ...row } of rows) found.set(idNumberHash, row);
  }
  return found;
}

// Rows per insert statement: each is one progress step of the commit.
const chunkSize = 2000;

/** Writes a clean plan: every row in one transaction, or none. Reports progress per chunk of rows. */
export async function commitImport(
  ctx: ServiceContext,
  plan: ImportPlan,
  onProgress: OnProgress = () => {},
): Promise<ImportReport> {
  if (plan.report.errorCount > 0) {
    throw new AppError(
      'residents.import_has_errors',
      400,
      plan.report.errors.map((e) => ({ path: `第${e.row}行 ${e.column}`, message: e.message })),
    );
  }
  const total = plan.inserts.length + plan.updates.length;
  const owner = { orgUnitId: plan.unit.id, orgPath: plan.unit.path };
  await inTransaction(ctx, async (tx) => {
    const householdIds = await upsertHouseholds(tx.db, plan);
    let done = 0;
    for (let i = 0; i < plan.inserts.length; i += chunkSize) {
      const chunk = plan.inserts.slice(i, i + chunkSize);
      await insertMany(
        tx.db,
        residents,
        chunk.map((r) => ({
          ...r.values,
          ...owner,
          householdId: householdIds.get(r.householdNo ?? '') ?? null,
        })),
      );
      done += chunk.length;
      onProgress({ phase: 'writing', done, total });
    }
    for (const update of plan.updates) {
      await tx.db
        .update(residents)
        .set({ ...update.values, householdId: householdIds.get(update.householdNo ?? '') ?? null })
        .where(eq(residents.id, update.id));
      done++;
      if (done % chunkSize === 0) onProgress({ phase: 'writing', done, total });
    }
    await recordAudit(tx, {
      action: 'residents.import',
      entity: 'resident',
      orgUnit: plan.unit,
      detail: {
        created: plan.report.created,
        updated: plan.report.updated,
        unchanged: plan.report.unchanged,
      },
    });
  });
  onProgress({ phase: 'writing', done: total, total });
  return plan.report;
}

async function upsertHouseholds(tx: Db, plan: ImportPlan): Promise<Map<string, string>> {
  const numbers = [
    ...new Set([...plan.inserts, ...plan.updates].map((r) => r.householdNo).filter((n): n is string => !!n)),
  ];
  const ids = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 2000) {
    const rows = await tx
      .insert(households)
      .values(
        numbers
          .slice(i, i + 2000)
          .map((householdNo) => ({ orgUnitId: plan.unit.id, orgPath: plan.unit.path, householdNo })),
      )
      .onConflictDoUpdate({
        target: [households.orgUnitId, households.householdNo],
        set: { orgPath: plan.unit.path },
      })
      .returning({ id: households.id, householdNo: households.householdNo });
    for (const row of rows) ids.set(row.householdNo, row.id);
  }
  return ids;
}

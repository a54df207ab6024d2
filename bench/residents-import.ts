// `npm run bench:import [-- --pg] [--rows=50000]`: the roster import (parse .xlsx, validate every row,
// encrypt, match by ID hash, insert in one transaction) against the least any import must do: the same
// encrypted rows written by a hand-built multi-row INSERT straight through the driver (`pg` or PGlite,
// no query builder) into a copy of the residents table with its indexes, in one transaction, measured
// in the same run. Prints both times and the ratio.
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { idCheckChar } from '../src/core/residents/id-card';
import type { DatabaseHandle } from '../src/server/db/client';
import { rosterHeaders } from '../src/server/modules/residents/roster-format';
import { commitImport, type ImportPlan, planImport } from '../src/server/modules/residents/roster-import';
import { residents } from '../src/server/modules/residents/schema';
import { benchContext, createStreet, flag, openBenchDatabase, staffActor, timed } from './lib/database';

const rows = Number(flag('rows') ?? 50_000);
const usePostgres = process.argv.includes('--pg');

function person(i: number, community: { grids: string[]; compounds: string[] }) {
  const year = 1930 + (i % 90);
  const birth = `${year}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
  const first17 = `350206${birth}${String(i % 1000).padStart(3, '0')}`.slice(0, 17);
  const id = first17 + idCheckChar(first17);
  return {
    姓名: `居民${i}`,
    证件号码: id,
    户籍类型: i % 7 === 0 ? '流动' : '户籍',
    小区: community.compounds[i % community.compounds.length],
    楼栋房号: `${(i % 30) + 1}号楼${(i % 20) + 1}0${(i % 4) + 1}`,
    网格: community.grids[i % community.grids.length],
    户号: `H${Math.floor(i / 3)}`,
    联系电话: `139${String(i).padStart(8, '0')}`,
    是否独居: i % 40 === 0 ? '是' : '',
    是否低保: i % 90 === 0 ? '是' : '',
    慢性病: i % 5 === 0 ? '高血压' : '',
  } as Record<string, string>;
}

async function main() {
  const { handle, stop } = await openBenchDatabase(usePostgres);
  try {
    const { communities } = await createStreet(handle.db, 1);
    const community = communities[0];
    const people = uniqueById(Array.from({ length: rows }, (_, i) => person(i, community)));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('居民名册');
    sheet.addRow([...rosterHeaders]);
    for (const p of people) sheet.addRow(rosterHeaders.map((h) => p[h] ?? null));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const ctx = benchContext(handle.db, staffActor(community));

    const dryRun = await timed(() => planImport(ctx, undefined, async () => file));
    if (dryRun.value.report.errorCount > 0)
      throw new Error(JSON.stringify(dryRun.value.report.errors.slice(0, 3)));
    let inserted: ImportPlan['inserts'] = [];
    const commit = await timed(async () => {
      const plan = await planImport(ctx, undefined, async () => file);
      inserted = plan.inserts;
      return commitImport(ctx, plan, () => {});
    });

    const stored = inserted.map((r) => ({
      ...r.values,
      orgUnitId: community.id,
      orgPath: community.path,
    }));
    await handle.db.execute(sql`create table bench_plain (like residents including all)`);
    const plain = await timed(() => bareInsert(handle, stored));
    const report = commit.value;
    console.log(
      `\nroster import of ${people.length} rows on ${handle.kind} (file ${(file.length / 1e6).toFixed(1)} MB)`,
    );
    console.table({
      'dry run (parse + validate + match)': {
        ms: Math.round(dryRun.ms),
        'rows/s': Math.round(people.length / (dryRun.ms / 1000)),
      },
      'import (dry run + one-transaction commit)': {
        ms: Math.round(commit.ms),
        'rows/s': Math.round(people.length / (commit.ms / 1000)),
      },
      'baseline: bare-driver multi-row INSERT of the same encrypted rows': {
        ms: Math.round(plain.ms),
        'rows/s': Math.round(people.length / (plain.ms / 1000)),
      },
    });
    console.log(
      `created ${report.created}, errors ${report.errorCount}; ratio import ÷ baseline = ${(commit.ms / plain.ms).toFixed(1)}×`,
    );
  } finally {
    await stop();
  }
}

type StoredRow = Record<string, unknown>;

/** The baseline: 1,000 rows per INSERT with positional parameters, through the bare driver. */
async function bareInsert(handle: DatabaseHandle, rows: StoredRow[]): Promise<void> {
  const columns = Object.entries(getTableColumns(residents) as Record<string, PgColumn>).filter(
    ([key]) => rows[0][key] !== undefined,
  );
  const statements: { text: string; values: unknown[] }[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const values = chunk.flatMap((row) =>
      columns.map(([key, column]) => (row[key] === null ? null : column.mapToDriverValue(row[key]))),
    );
    const tuples = chunk.map(
      (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
    );
    const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
    statements.push({ text: `insert into bench_plain (${names}) values ${tuples.join(', ')}`, values });
  }
  if (handle.pglite) {
    const { pglite } = handle;
    await pglite.transaction(async (tx) => {
      for (const s of statements) await tx.query(s.text, s.values);
    });
    return;
  }
  const client = new pg.Client({ connectionString: handle.url });
  await client.connect();
  try {
    await client.query('begin');
    for (const s of statements) await client.query(s.text, s.values);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

function uniqueById<T extends Record<string, string>>(people: T[]): T[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.证件号码) && seen.add(p.证件号码));
}

await main();

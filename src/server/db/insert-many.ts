import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';

const isArrayColumn = (column: PgColumn): boolean => column.getSQLType().endsWith('[]');

/**
 * Inserts `rows` into `table` with one statement whose parameters are one array per column, unnested
 * into rows by PostgreSQL: a statement of 25 parameters instead of 25 per row, which the driver and
 * the query builder handle in a fraction of the time (a roster import writes tens of thousands of
 * rows). The columns are those the first row names, and every row must name the same ones (a column
 * left out of one row cannot take its default in the same statement). Array columns
 * (`text[]`) travel as array literals cast back after unnesting, since `unnest` flattens a
 * two-dimensional array.
 */
export async function insertMany<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const all = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  const columns = all.filter(([key]) => (rows[0] as Record<string, unknown>)[key] !== undefined);
  const given = new Set(columns.map(([key]) => key));
  const differs = (row: Record<string, unknown>) =>
    all.some(([key]) => (row[key] !== undefined) !== given.has(key));
  if (rows.some((row) => differs(row as Record<string, unknown>)))
    throw new Error(`insertMany(${getTableName(table)}): every row must name the same columns`);
  const params: SQL[] = [];
  const selected: SQL[] = [];
  columns.forEach(([key, column], i) => {
    const values = rows.map((row) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === null) return null;
      // An array column maps its value to an array literal (`{"a","b"}`) already.
      return column.mapToDriverValue(value);
    });
    const type = isArrayColumn(column) ? 'text' : column.getSQLType();
    // A whole array is one parameter (a plain array in `sql` would become a list of parameters).
    params.push(sql`${sql.param(values)}::${sql.raw(type)}[]`);
    const name = sql.raw(`c${i}`);
    selected.push(isArrayColumn(column) ? sql`${name}::${sql.raw(column.getSQLType())}` : name);
  });
  const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(', '));
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  await db.execute(
    sql`insert into ${table} (${names}) select ${sql.join(selected, sql`, `)}
      from unnest(${sql.join(params, sql`, `)}) as t(${aliases})`,
  );
}

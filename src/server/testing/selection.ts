import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { MAX_SELECTED } from '../../core/selection';
import { queryRows } from '../db/client';
import { latestAuditEntry } from './fixtures';
import type { TestContext } from './test-app';

/** An export's address naming the ticked rows, as the list sends them: `?ids=…&ids=…`. */
export const selectionUrl = (path: string, ids: readonly string[]) =>
  `${path}?${ids.map((id) => `ids=${encodeURIComponent(id)}`).join('&')}`;

/** The rows below the header of a workbook's first sheet, each cell as text. */
export async function sheetRows(payload: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row, n) => {
    if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

/**
 * Exports the rows named by `ids` (the ticked ones and one the caller must not get) and answers the
 * sheet's rows; the audit row of `action` must say it was a selection of `ids.length` with the rows
 * written.
 */
export async function exportSelected(
  ctx: TestContext,
  path: string,
  ids: readonly string[],
  headers: Record<string, string>,
  action: string,
): Promise<string[][]> {
  const res = await ctx.request({ method: 'GET', url: selectionUrl(path, ids), headers });
  expect(res.statusCode).toBe(200);
  const rows = await sheetRows(res.rawPayload);
  const audit = await latestAuditEntry(ctx.database.db, action);
  expect(audit.detail).toMatchObject({ count: rows.length, selection: true, selected: ids.length });
  return rows;
}

/** One row of `table` outside the unit at `path`: an id the caller there must not get back. */
export async function idOutside(ctx: TestContext, table: string, path: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    ctx.database.db,
    sql`select id from ${sql.identifier(table)} where org_path not like ${`${path}%`} limit 1`,
  );
  if (!row) throw new Error(`no ${table} row outside ${path}`);
  return row.id;
}

/** A malformed id and too many ids are refused with 400 and a Chinese message, before anything is read. */
export async function expectBadSelectionsRefused(
  ctx: TestContext,
  path: string,
  headers: Record<string, string>,
): Promise<void> {
  const malformed = await ctx.request({ method: 'GET', url: selectionUrl(path, ['不是编号']), headers });
  expect(malformed.statusCode).toBe(400);
  expect(malformed.json().errors).toEqual([expect.objectContaining({ message: '所选记录的编号无效' })]);
  const many = Array.from({ length: MAX_SELECTED + 1 }, () => crypto.randomUUID());
  const tooMany = await ctx.request({ method: 'GET', url: selectionUrl(path, many), headers });
  expect(tooMany.statusCode).toBe(400);
  expect(tooMany.json().errors).toEqual([
    expect.objectContaining({ message: `一次最多导出 ${MAX_SELECTED} 项所选记录` }),
  ]);
}

import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors';
import { cleanText, type RosterHeader, requiredHeaders, rosterHeaders } from './roster-format';

export const maxRosterRows = 200_000;
export const maxRosterBytes = 20 * 1024 * 1024;

export type RosterCell = { text: string } | { error: string };
export type RosterRow = { rowNumber: number; cells: Map<RosterHeader, RosterCell> };

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Opens an uploaded roster: a real .xlsx, within limits, with the required headers. */
export async function readRoster(buffer: Buffer, maxRows = maxRosterRows): Promise<RosterRow[]> {
  if (buffer.length < 4 || !buffer.subarray(0, 4).equals(zipMagic))
    throw new AppError('residents.import_not_xlsx', 400);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('residents.import_not_xlsx', 400);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('residents.import_not_xlsx', 400);
  if (sheet.actualRowCount - 1 > maxRows) throw new AppError('residents.import_too_many_rows', 400);
  const columns = headerColumns(sheet.getRow(1));
  const missing = requiredHeaders.filter((h) => !columns.has(h));
  if (missing.length > 0) {
    throw new AppError(
      'residents.import_missing_headers',
      400,
      missing.map((h) => ({ path: h, message: `缺少“${h}”列` })),
    );
  }
  const rows: RosterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<RosterHeader, RosterCell>();
    for (const [header, column] of columns) cells.set(header, readCell(row.getCell(column), header));
    const blank = [...cells.values()].every((c) => 'text' in c && c.text === '');
    if (!blank) rows.push({ rowNumber, cells });
  });
  return rows;
}

function headerColumns(row: ExcelJS.Row): Map<RosterHeader, number> {
  const columns = new Map<RosterHeader, number>();
  row.eachCell((cell, column) => {
    const name = cleanText(String(cell.text ?? '')).replace(/[*＊]$/, '');
    if ((rosterHeaders as readonly string[]).includes(name)) columns.set(name as RosterHeader, column);
  });
  return columns;
}

function readCell(cell: ExcelJS.Cell, header: RosterHeader): RosterCell {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') {
    // A long ID number typed as a number has already lost its last digits in Excel.
    if (header === '证件号码' && !Number.isSafeInteger(value))
      return { error: '证件号码被存成了数字，请将该列设为文本格式后重新填写' };
    return { text: String(value) };
  }
  if (typeof value === 'string') return { text: cleanText(value) };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if ('formula' in value || 'sharedFormula' in value)
    return { error: '单元格含有公式，请复制后“粘贴为数值”' };
  if ('error' in value) return { error: `单元格是错误值 ${value.error}` };
  if ('richText' in value) return { text: cleanText(value.richText.map((r) => r.text).join('')) };
  if ('text' in value) return { text: cleanText(String(value.text)) };
  return { text: cleanText(cell.text) };
}

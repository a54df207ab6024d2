import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { safeCellText } from '../../documents/cell-text';
import { AppError } from '../../http/errors';
import { cleanText, parseDateText, parseYesNo } from './roster-format';
import { readRoster } from './roster-reader';

async function sheetWith(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民名册');
  sheet.addRow(['姓名', '证件号码', '户籍类型', '小区', '网格']);
  for (let i = 0; i < rows; i++) sheet.addRow([`人${i}`, '1', '户籍', '甲', '乙']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('roster reader', () => {
  it('refuses more rows than the limit before reading any of them', async () => {
    const file = await sheetWith(3);
    await expect(readRoster(file, 2)).rejects.toMatchObject({ code: 'residents.import_too_many_rows' });
    expect((await readRoster(file, 3)).length).toBe(3);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readRoster(Buffer.from('not a zip'))).rejects.toBeInstanceOf(AppError);
  });
});

describe('roster values', () => {
  it('accepts every date spelling the template lists', () => {
    for (const text of ['1950-03-01', '1950/3/1', '1950.3.1', '19500301'])
      expect(parseDateText(text)).toBe('1950-03-01');
    expect(parseDateText('1950-02-30')).toBeNull();
    expect(parseDateText('3/1/1950')).toBeNull();
  });

  it('reads yes and no in all their forms', () => {
    for (const yes of ['是', 'Y', 'y', '1']) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['否', 'N', 'n', '0', '']) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo('也许')).toBe('invalid');
  });

  it('trims full-width spaces and neutralises formula-like text both ways', () => {
    expect(cleanText('\u3000 张三 \u3000')).toBe('张三');
    expect(safeCellText('=cmd|x')).toBe("'=cmd|x");
    expect(safeCellText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCellText('张三')).toBe('张三');
    expect(cleanText(safeCellText('=cmd|x'))).toBe('=cmd|x');
  });
});

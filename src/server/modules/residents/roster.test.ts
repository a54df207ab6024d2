import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, latestAuditEntry, unitId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { multipartFile } from '../../testing/multipart';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { rosterHeaders } from './roster-format';

let ctx: TestContext;
let staff: Record<string, string>;
let places: { grids: { name: string }[]; compounds: { name: string }[] };
const tables = ['residents', 'households', 'resident_consents'];

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  const id = await unitId(ctx.database.db, '园山社区');
  places = (await ctx.request({ method: 'GET', url: `/api/v1/org-units/${id}`, headers: staff })).json();
});
afterAll(() => ctx.close());

type Cells = Partial<Record<(typeof rosterHeaders)[number], ExcelJS.CellValue>>;

async function roster(rows: Cells[], headers: readonly string[] = rosterHeaders): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民名册');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h as keyof Cells] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const person = (over: Cells = {}): Cells => ({
  姓名: '欧阳阿公',
  证件号码: makeIdNumber('1945-01-20', 101),
  户籍类型: '户籍',
  小区: places.compounds[1].name,
  网格: places.grids[1].name,
  户号: 'R-001',
  与户主关系: '户主',
  是否独居: '是',
  是否低保: 'Y',
  慢性病: '高血压、糖尿病',
  残疾类别: '肢体残疾',
  残疾等级: '三级',
  ...over,
});

const upload = (kind: 'dry-run' | 'commit', file: Buffer, name = 'roster.xlsx', headers = staff) => {
  const body = multipartFile(file, name);
  return ctx.request({
    method: 'POST',
    url: `/api/v1/residents/import/${kind}`,
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
};

/** A commit as the browser makes it, reading progress line by line. */
const commitWatching = async (file: Buffer) => {
  const res = await upload('commit', file, 'roster.xlsx', { ...staff, accept: 'application/x-ndjson' });
  expect(res.statusCode).toBe(200);
  return res.body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
};

describe('roster import and export', () => {
  it('offers a template with the columns in order and a notes sheet', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/residents/import-template',
      headers: staff,
    });
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (workbook.worksheets[0].getRow(1).values as string[])
      .slice(1)
      .map((h) => h.replace('*', ''));
    expect(headers).toEqual([...rosterHeaders]);
    expect(workbook.getWorksheet('填写说明')?.rowCount).toBeGreaterThan(rosterHeaders.length);
  });

  it('reports every bad row in a dry run, writing nothing', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const file = await roster([
      person(),
      person({ 姓名: '', 证件号码: '350206194501201230' }),
      person({ 证件号码: makeIdNumber('1950-02-02', 103), 小区: '不存在小区', 是否低保: '也许' }),
      person({ 证件号码: makeIdNumber('1950-02-03', 105), 出生日期: '1950.2.4' }),
      person({ 证件号码: { formula: 'A1&B1', result: 'x' } }),
      person(),
    ]);
    const res = await upload('dry-run', file);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 6, created: 1, updated: 0, unchanged: 0 });
    const messages = report.errors.map(
      (e: { row: number; column: string; message: string }) => `${e.row}|${e.column}|${e.message}`,
    );
    expect(messages).toContain('3|姓名|必填');
    expect(messages).toContain('3|证件号码|身份证号校验位不正确，请核对');
    expect(messages.find((m: string) => m.startsWith('4|小区|'))).toMatch(
      /本社区没有名为“不存在小区”的小区；可填：/,
    );
    expect(messages).toContain('4|是否低保|应为：是、否（或 Y/N、1/0），可留空');
    expect(messages).toContain('5|出生日期|身份证号显示出生日期为 1950-02-03');
    expect(messages).toContain('6|证件号码|单元格含有公式，请复制后“粘贴为数值”');
    expect(messages).toContain('7|证件号码|与第2行的证件号码重复');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const commit = await upload('commit', file);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().code).toBe('residents.import_has_errors');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    // Watching the commit, the errors come as its last line instead, and nothing is written either.
    const watched = await commitWatching(file);
    expect(watched.at(-1)).toMatchObject({ type: 'rejected', report: { errorCount: messages.length } });
    expect(watched.some((l) => l.phase === 'writing')).toBe(false);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('audits every check, counting the answers about people registered in another community', async () => {
    const elsewhere = makeIdNumber('1961-03-04', 117);
    const jinshang = await ctx.signIn('jinshang.staff');
    const registered = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents',
      headers: jinshang,
      payload: { name: '林外社', idNumber: elsewhere, hukouType: 'hukou' },
    });
    expect(registered.statusCode).toBe(201);
    const res = await upload('dry-run', await roster([person({ 证件号码: elsewhere }), person()]));
    expect(res.json().errors.map((e: { message: string }) => e.message)).toContain(
      '该证件号码已在其他社区登记，请先由原社区办理迁出',
    );
    const entry = await latestAuditEntry(ctx.database.db, 'residents.import_check');
    expect(entry.detail).toEqual({ rows: 2, registeredElsewhere: 1, errors: 1 });
    expect(entry.actorName).toBe('李秀梅');
  });

  it('commits a clean file with progress, and a re-import changes nothing', async () => {
    const rows = [
      person(),
      person({
        姓名: '欧阳阿婆',
        证件号码: `${makeIdNumber('1947-03-08', 102).slice(0, 17)}${makeIdNumber('1947-03-08', 102).slice(17).toLowerCase()}`,
        与户主关系: '配偶',
        是否独居: '',
        出生日期: new Date(Date.UTC(1947, 2, 8)),
      }),
      person({
        姓名: '\u3000 欧阳小宝 ',
        证件号码: makeIdNumber('2018-07-07', 103),
        与户主关系: '孙子女',
        是否独居: '0',
        是否低保: '1',
        慢性病: '',
        残疾类别: '',
        残疾等级: '',
        出生日期: '20180707',
      }),
    ];
    const file = await roster(rows);
    const lines = await commitWatching(file);
    // The check's progress first (before the transaction), then the writing's, then the report.
    expect(lines.map((l) => `${l.type} ${l.phase ?? ''}`.trim())).toEqual([
      'progress checking',
      'progress checking',
      'progress writing',
      'progress writing',
      'done',
    ]);
    expect(lines[1]).toMatchObject({ done: 3, total: 3 });
    expect(lines.at(-2)).toMatchObject({ phase: 'writing', done: 3, total: 3 });
    expect(lines.at(-1)).toMatchObject({ type: 'done', report: { created: 3, errorCount: 0 } });
    const list = await ctx.request({ method: 'GET', url: '/api/v1/residents?q=欧阳', headers: staff });
    expect(
      list
        .json()
        .items.map((r: { name: string }) => r.name)
        .sort(),
    ).toEqual(['欧**宝', '欧阳阿公', '欧阳阿婆']);
    const before = await fingerprint(ctx.database.db, tables);
    const again = await upload('dry-run', file);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3, errorCount: 0 });
    await upload('commit', file);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    const changed = await upload('dry-run', await roster([{ ...rows[0], 是否低保: '否' }]));
    expect(changed.json()).toMatchObject({ updated: 1, unchanged: 0 });
  });

  it('refuses non-xlsx files, broken files and missing headers with a clear message', async () => {
    const csv = await upload('dry-run', Buffer.from('姓名,证件号码\n张三,1'), 'roster.csv');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().title).toMatch(/请上传 Excel 文件/);
    const broken = await upload(
      'dry-run',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]),
    );
    expect(broken.json().code).toBe('residents.import_not_xlsx');
    const headerless = await upload('dry-run', await roster([{ 姓名: '张三' }], ['姓名', '性别']));
    expect(headerless.json().code).toBe('residents.import_missing_headers');
    expect(headerless.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '证件号码',
      '户籍类型',
      '小区',
      '网格',
    ]);
    const none = await ctx.request({
      method: 'POST',
      url: '/api/v1/residents/import/dry-run',
      headers: staff,
      payload: {},
    });
    expect(none.json().code).toBe('residents.import_file_missing');
    const huge = await upload('dry-run', Buffer.alloc(21 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);
  });

  it('exports masked by default, whole on request for staff, neutralises formulas, and audits', async () => {
    await upload(
      'commit',
      await roster([
        person({ 姓名: "=cmd|' /C calc'!A0", 证件号码: makeIdNumber('1960-06-06', 201), 户号: 'R-009' }),
      ]),
    );
    const masked = await ctx.request({
      method: 'GET',
      url: '/api/v1/residents/export?q=cmd',
      headers: staff,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(masked.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const idColumn = rosterHeaders.indexOf('证件号码') + 1;
    const values = sheet.getColumn(idColumn).values.slice(2) as string[];
    expect(values.every((v) => v.includes('********'))).toBe(true);
    const names = sheet.getColumn(1).values.slice(2) as unknown[];
    expect(names).toContain("'=cmd|' /C calc'!A0");
    expect(names.every((n) => typeof n === 'string')).toBe(true);
    const unexplained = await ctx.request({
      method: 'GET',
      url: '/api/v1/residents/export?whole=true',
      headers: staff,
    });
    expect(unexplained.json()).toMatchObject({
      code: 'residents.reason_required',
      errors: [{ path: 'reason' }],
    });
    const whole = await ctx.request({
      method: 'GET',
      url: '/api/v1/residents/export?q=cmd&whole=true&reason=年度核对',
      headers: staff,
    });
    await workbook.xlsx.load(whole.rawPayload as unknown as ArrayBuffer);
    expect(
      (workbook.worksheets[0].getColumn(idColumn).values.slice(2) as string[]).some((v) =>
        /^\d{17}[\dX]$/.test(v),
      ),
    ).toBe(true);
    const admin = await ctx.signIn('huli.admin');
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=residents.export',
      headers: admin,
    });
    expect(audit.json().items.map((r: { detail: { whole: boolean } }) => r.detail.whole)).toEqual([
      true,
      false,
    ]);
    const sw = await ctx.signIn('yuanshan.sw');
    expect(
      (await ctx.request({ method: 'GET', url: '/api/v1/residents/export', headers: sw })).statusCode,
    ).toBe(403);
  });
});

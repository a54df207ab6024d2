import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { addSafeRow, safeCellText, safeDocText } from '../../documents/cell-text';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { listRegistrations } from './registration';
import { type SessionKey, sessionOf } from './service';

const columns = ['序号', '姓名', '报名状态', '签到', '备注'];
const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'long',
  timeStyle: 'short',
});

/**
 * The paper sign-in sheet (签到表) of one session: everyone registered, then blank lines for
 * walk-ins. Names only — no ID or phone numbers on paper that lies on a table.
 */
async function sheetContent(ctx: ServiceContext, key: SessionKey) {
  const { activity, session } = await sessionOf(ctx, key);
  const people = (await listRegistrations(ctx, activity.id)).filter((r) => r.status === 'registered');
  await recordAudit(ctx, {
    action: 'activities.sign_in_sheet',
    entity: 'session',
    entityId: session.id,
    orgUnit: { id: activity.orgUnitId, path: activity.orgPath },
  });
  const title =
    activity.kind === 'group' ? `${activity.title}（第${session.seq}节）签到表` : `${activity.title} 签到表`;
  const subtitle = `时间：${shanghai.format(session.startsAt)}　地点：${activity.place || '—'}　名额：${activity.capacity}`;
  const blanks = Math.max(5, Math.ceil(people.length * 0.2));
  const rows = [
    ...people.map((p, i) => [String(i + 1), p.residentName, '已报名', '', '']),
    ...Array.from({ length: blanks }, (_, i) => [String(people.length + i + 1), '', '现场', '', '']),
  ];
  return { title, subtitle, rows };
}

export async function signInSheetXlsx(ctx: ServiceContext, key: SessionKey): Promise<Buffer> {
  const { title, subtitle, rows } = await sheetContent(ctx, key);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('签到表');
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = safeCellText(title);
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:E2');
  sheet.getCell('A2').value = safeCellText(subtitle);
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) addSafeRow(sheet, row);
  [8, 16, 12, 20, 24].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.eachRow((row, n) => {
    if (n < 3) return;
    row.height = 28;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function signInSheetDocx(ctx: ServiceContext, key: SessionKey): Promise<Buffer> {
  const { title, subtitle, rows } = await sheetContent(ctx, key);
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: safeDocText(text), bold, size: 24 })],
        }),
      ],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [columns, ...rows].map(
      (r, i) =>
        new TableRow({ height: { value: 560, rule: 'atLeast' }, children: r.map((t) => cell(t, i === 0)) }),
    ),
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: safeDocText(title), bold: true, size: 32 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: safeDocText(subtitle), size: 22 })],
          }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

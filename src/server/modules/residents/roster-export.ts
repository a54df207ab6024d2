import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { maskIdNumber, maskMobile, maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import { idTypeLabels } from '../../../core/residents/contract';
import {
  careDependencyLabels,
  disabilityTypeLabels,
  type ResidentSensitive,
} from '../../../core/residents/target-groups';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { safeCellText } from '../../documents/cell-text';
import { inScope } from '../../http/scope';
import { inSelection, selectionDetail } from '../../http/selection';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { compoundNameOf, gridNameOf } from '../org-units/service';
import { columnNotes, flagColumns, type RosterHeader, requiredHeaders, rosterHeaders } from './roster-format';
import { households, residents } from './schema';
import { type ListQuery, listFilters } from './service';

const gradeLabels = ['', '一级', '二级', '三级', '四级'];

function styleHeader(sheet: ExcelJS.Worksheet) {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 14;
  });
}

/** The import template: the roster's headers, text-formatted ID and phone columns, and a notes sheet. */
export async function rosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民名册');
  sheet.addRow(rosterHeaders.map((h) => (requiredHeaders.includes(h) ? `${h}*` : h)));
  styleHeader(sheet);
  for (const header of ['证件号码', '联系电话', '户号'] as RosterHeader[]) {
    sheet.getColumn(rosterHeaders.indexOf(header) + 1).numFmt = '@';
  }
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['列名', '填写说明']);
  for (const header of rosterHeaders) notes.addRow([header, columnNotes[header]]);
  notes.addRow([]);
  notes.addRow(['说明', '带 * 的列为必填。每人一行；同一证件号码再次导入时更新原记录，不会重复登记。']);
  notes.getColumn(1).width = 18;
  notes.getColumn(2).width = 90;
  notes.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The filtered list as a roster, or only the rows ticked on the list (`ids`, which replace the filters:
 * a selection spans pages and filters; ids outside the caller's scope find nothing). Whole values only
 * when asked, allowed and explained (`whole`); otherwise masked exactly like the list: identifiers
 * masked, target groups as yes/no, no health or disability detail, no room or notes. Text Excel would
 * run as a formula is neutralised. Audited, with the count and whether it was a selection.
 */
export async function exportRoster(
  ctx: ServiceContext,
  query: ListQuery,
  whole: { reason: string } | null,
  ids?: readonly string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民名册');
  sheet.addRow([...rosterHeaders]);
  styleHeader(sheet);
  const { db, crypto } = ctx;
  const asOf = ctx.clock.today();
  const where = ids
    ? and(inScope(ctx.actor, residents.orgPath), inSelection(residents.id, ids))
    : listFilters(ctx, query);
  let count = 0;
  for (let offset = 0; ; offset += 2000) {
    const rows = await db
      .select({
        r: residents,
        compoundName: compoundNameOf(residents.compoundId),
        gridName: gridNameOf(residents.gridId),
        householdNo: households.householdNo,
      })
      .from(residents)
      .leftJoin(households, eq(households.id, residents.householdId))
      .where(where)
      .orderBy(asc(residents.name), asc(residents.id))
      .limit(2000)
      .offset(offset);
    if (rows.length === 0) break;
    for (const row of rows) sheet.addRow(rosterLine(row, crypto, !!whole, asOf).map((v) => safeCellText(v)));
    count += rows.length;
  }
  await recordAudit(ctx, {
    action: 'residents.export',
    entity: 'resident',
    reason: whole?.reason,
    detail: { count, whole: !!whole, ...(ids ? {} : { filters: query }), ...selectionDetail(ids) },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type ExportRow = {
  r: typeof residents.$inferSelect;
  compoundName: string | null;
  gridName: string | null;
  householdNo: string | null;
};

function rosterLine(
  { r, compoundName, gridName, householdNo }: ExportRow,
  crypto: FieldCrypto,
  whole: boolean,
  asOf: string,
): string[] {
  const open = (v: string | null) => (v ? crypto.decrypt(v) : '');
  const s = JSON.parse(crypto.decrypt(r.sensitiveEnc)) as ResidentSensitive;
  const idNumber = crypto.decrypt(r.idNumberEnc);
  const mobile = open(r.mobileEnc);
  const minor = ageOn(r.birthDate, asOf) < 18;
  const byHeader: Record<RosterHeader, string> = {
    姓名: whole || !minor ? r.name : maskName(r.name),
    证件类型: idTypeLabels[r.idType],
    证件号码: whole ? idNumber : maskIdNumber(idNumber),
    性别: r.sex === 'male' ? '男' : '女',
    出生日期: r.birthDate,
    联系电话: whole || !mobile ? mobile : maskMobile(mobile),
    户籍类型: r.hukouType === 'hukou' ? '户籍' : '流动',
    小区: compoundName ?? '',
    楼栋房号: whole ? open(r.roomEnc) : '',
    网格: gridName ?? '',
    户号: householdNo ?? '',
    与户主关系: r.relationToHead ?? '',
    政治面貌: r.politicalStatus ?? '',
    是否独居: '',
    失能情况: s.careDependency ? careDependencyLabels[s.careDependency] : '',
    是否低保: '',
    是否特困: '',
    是否低收入: '',
    慢性病: whole ? s.chronicIllnesses.join('、') : s.chronicIllnesses.length > 0 ? '有' : '',
    残疾类别: s.disability ? (whole ? disabilityTypeLabels[s.disability.type] : '有') : '',
    残疾等级: s.disability && whole ? gradeLabels[s.disability.grade] : '',
    是否困境儿童: '',
    是否孤儿: '',
    是否事实无人抚养: '',
    是否困境妇女: '',
    备注: whole ? open(r.notesEnc) : '',
  };
  for (const [column, flag] of flagColumns) byHeader[column] = s.flags.includes(flag) ? '是' : '否';
  return rosterHeaders.map((h) => byHeader[h]);
}

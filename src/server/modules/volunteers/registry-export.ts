import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  affiliationLabels,
  type VolunteerSummary,
  type volunteerListQuery,
} from '../../../core/volunteers/contract';
import { addSafeRow } from '../../documents/cell-text';
import { selectionDetail } from '../../http/selection';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { volunteerRowsForExport } from './registry';

const statusLabels: Record<VolunteerSummary['status'], string> = {
  applied: '待审核',
  active: '在册',
  rejected: '未通过',
  left: '已离队',
};
const roleLabels: Record<VolunteerSummary['role'], string> = { backbone: '骨干', member: '成员' };

const columns = [
  '姓名',
  '志愿者编号',
  '状态',
  '角色',
  '身份',
  '证件号码',
  '联系电话',
  '年龄',
  '服务时长（小时）',
];

const affiliationOf = (v: VolunteerSummary) =>
  v.affiliationName
    ? `${affiliationLabels[v.affiliation]} · ${v.affiliationName}`
    : affiliationLabels[v.affiliation];

/**
 * The registry as 志愿者名册.xlsx, masked exactly as the list shows it (a minor's name, the ID and phone
 * tails only): the whole numbers need the audited reveal. The export is on the record with its filter
 * (or that it was a selection) and count.
 */
export async function exportVolunteers(
  ctx: ServiceContext,
  query: z.infer<typeof volunteerListQuery>,
  ids?: readonly string[],
): Promise<Buffer> {
  const rows = await inTransaction(ctx, async (tx) => {
    const found = await volunteerRowsForExport(tx, query, ids);
    await recordAudit(tx, {
      action: 'volunteers.export',
      entity: 'volunteer',
      detail: { ...(ids ? {} : { filter: query }), count: found.length, ...selectionDetail(ids) },
    });
    return found;
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('志愿者名册');
  sheet.addRow(columns).font = { bold: true };
  for (const v of rows) {
    addSafeRow(sheet, [
      v.name,
      v.volunteerNo,
      statusLabels[v.status],
      roleLabels[v.role],
      affiliationOf(v),
      v.idNumberMasked,
      v.mobileMasked ?? '',
      v.age,
      Math.round((v.approvedMinutes / 60) * 10) / 10,
    ]);
  }
  sheet.columns.forEach((c) => {
    c.width = 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

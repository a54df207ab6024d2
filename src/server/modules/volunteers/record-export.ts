import { and, asc, eq, gte, lte } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { maskIdNumber } from '../../../core/mask';
import { idTypeLabels } from '../../../core/residents/contract';
import { addSafeRow } from '../../documents/cell-text';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { activityTitleOf } from '../activities/service';
import { recordAudit } from '../audit/service';
import { shanghaiDay } from './records';
import { serviceRecords, volunteers } from './schema';

/** The fields of a volunteer service record (民政部令第67号) as 志愿厦门 and the national system take them. */
const columns = [
  '志愿者编号',
  '姓名',
  '证件类型',
  '证件号码',
  '服务日期',
  '活动名称',
  '服务地点',
  '服务内容',
  '服务时长(小时)',
  '记录单位',
  '记录时间',
];

export function assertPeriod(from?: string, to?: string) {
  if (from && to && from > to) throw new AppError('serviceRecords.bad_period', 400);
}

/**
 * The approved records the actor's own unit recorded in [from, to], as .xlsx. ID numbers are masked
 * unless the actor may reveal them; either way the export is audited.
 */
export async function exportServiceRecords(ctx: ServiceContext, from: string, to: string): Promise<Buffer> {
  assertPeriod(from, to);
  const { orgUnitId, orgUnitName } = ctx.actor.membership;
  const whole = hasPermission(ctx.actor, 'volunteers.reveal');
  const rows = await inTransaction(ctx, async (tx) => {
    const found = await tx.db
      .select({
        record: serviceRecords,
        volunteerNo: volunteers.volunteerNo,
        name: volunteers.name,
        idType: volunteers.idType,
        idNumberEnc: volunteers.idNumberEnc,
        activityTitle: activityTitleOf(serviceRecords.activityId),
      })
      .from(serviceRecords)
      .innerJoin(volunteers, eq(volunteers.id, serviceRecords.volunteerId))
      .where(
        and(
          eq(serviceRecords.orgUnitId, orgUnitId),
          eq(serviceRecords.status, 'approved'),
          gte(serviceRecords.serviceDate, from),
          lte(serviceRecords.serviceDate, to),
        ),
      )
      .orderBy(asc(serviceRecords.serviceDate), asc(volunteers.volunteerNo));
    await recordAudit(tx, {
      action: 'volunteers.records_export',
      entity: 'serviceRecord',
      detail: { from, to, count: found.length, wholeIdNumbers: whole },
    });
    return found;
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('志愿服务记录');
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) {
    const idNumber = ctx.crypto.decrypt(r.idNumberEnc);
    addSafeRow(sheet, [
      r.volunteerNo,
      r.name,
      idTypeLabels[r.idType],
      whole ? idNumber : maskIdNumber(idNumber),
      r.record.serviceDate,
      r.activityTitle ?? '',
      r.record.place,
      r.record.content,
      Math.round(((r.record.minutes ?? 0) / 60) * 10) / 10,
      orgUnitName,
      shanghaiDay(r.record.createdAt),
    ]);
  }
  [14, 10, 12, 22, 12, 24, 20, 30, 14, 16, 12].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import {
  type NeedListQuery,
  needCategoryLabels,
  needPriorityLabels,
  needSourceKindLabels,
  needStatusLabels,
  needTargetGroupLabels,
} from '../../../core/needs/contract';
import { addSafeRow } from '../../documents/cell-text';
import { selectionDetail } from '../../http/selection';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { needRowsForExport } from './list';

const columns = [
  '需求',
  '社区',
  '类别',
  '服务对象',
  '优先级',
  '状态',
  '来源',
  '小区',
  '网格',
  '提出日期',
  '办结日期',
  '办理天数',
  '来源数',
];

const shanghaiDay = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : '';

/**
 * The filtered needs list, or the needs ticked on it (`ids`), as 需求清单.xlsx; the export is on the
 * record with its filter (or that it was a selection) and count.
 */
export async function exportNeeds(
  ctx: ServiceContext,
  query: NeedListQuery,
  ids?: readonly string[],
): Promise<Buffer> {
  const rows = await inTransaction(ctx, async (tx) => {
    const found = await needRowsForExport(tx, query, ids);
    await recordAudit(tx, {
      action: 'needs.export',
      entity: 'need',
      detail: { ...(ids ? {} : { filter: query }), count: found.length, ...selectionDetail(ids) },
    });
    return found;
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求清单');
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) {
    addSafeRow(sheet, [
      r.title,
      r.orgUnitName,
      needCategoryLabels[r.category],
      needTargetGroupLabels[r.targetGroup],
      needPriorityLabels[r.priority],
      needStatusLabels[r.status],
      needSourceKindLabels[r.sourceKind],
      r.compoundName ?? '',
      r.gridName ?? '',
      shanghaiDay(r.raisedAt),
      shanghaiDay(r.resolvedAt),
      r.daysToResolve ?? '',
      r.sourceCount,
    ]);
  }
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 12;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

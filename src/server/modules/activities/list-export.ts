import { and, desc, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ActivityView, activityListQuery } from '../../../core/activities/contract';
import { addSafeRow } from '../../documents/cell-text';
import { inScope } from '../../http/scope';
import { inSelection, selectionDetail } from '../../http/selection';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { activities } from './schema';
import { listActivities, toActivityViews } from './service';

const kindLabels: Record<ActivityView['kind'], string> = { event: '社区活动', group: '小组' };
const statusLabels: Record<ActivityView['status'], string> = {
  draft: '草稿',
  published: '已发布',
  finished: '已结束',
  cancelled: '已取消',
};
const columns = [
  '活动名称',
  '组织单位',
  '类型',
  '状态',
  '开始时间',
  '结束时间',
  '节数',
  '地点',
  '名额',
  '已报名',
  '候补',
  '品牌',
  '项目',
];

// "2025-05-01 09:30", on the Asia/Shanghai clock the activity is held by.
const shanghaiTime = (iso: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
};

/** The activities ticked on the list, in scope, in the list's order (when they happen, the latest first). */
async function selectedActivities(ctx: ServiceContext, ids: readonly string[]): Promise<ActivityView[]> {
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(and(inScope(ctx.actor, activities.orgPath), inSelection(activities.id, ids)))
    .orderBy(
      sql`(select min(s.starts_at) from activity_sessions s where s.activity_id = ${activities.id}) desc nulls last`,
      desc(activities.createdAt),
    );
  return toActivityViews(ctx, rows);
}

/**
 * The filtered list as it shows, or only the activities ticked on it (`ids` replace the filters: a
 * selection spans pages and filters), as 活动列表.xlsx. The export is on the record with its filter (or
 * that it was a selection) and count.
 */
export async function exportActivities(
  ctx: ServiceContext,
  query: z.infer<typeof activityListQuery>,
  ids?: readonly string[],
): Promise<Buffer> {
  const rows = await inTransaction(ctx, async (tx) => {
    const found = ids ? await selectedActivities(tx, ids) : await listActivities(tx, query);
    await recordAudit(tx, {
      action: 'activities.export',
      entity: 'activity',
      detail: { ...(ids ? {} : { filter: query }), count: found.length, ...selectionDetail(ids) },
    });
    return found;
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('活动列表');
  sheet.addRow(columns).font = { bold: true };
  for (const a of rows) {
    const first = a.sessions[0];
    const last = a.sessions.at(-1);
    addSafeRow(sheet, [
      a.title,
      a.orgUnitName,
      kindLabels[a.kind],
      statusLabels[a.status],
      first ? shanghaiTime(first.startsAt) : '',
      last ? shanghaiTime(last.endsAt) : '',
      a.sessions.length,
      a.place,
      a.capacity,
      a.registeredCount,
      a.waitlistCount,
      a.brands.join('、'),
      a.projectName ?? '',
    ]);
  }
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 36 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

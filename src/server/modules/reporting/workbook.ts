import ExcelJS from 'exceljs';
import { type ServiceFigures, serviceTargetGroupLabels } from '../../../core/activities/contract';

type Row = (string | number)[];

/** Who files the table and when: the lines a filed 服务统计表 carries under its title. */
export type Filing = { unitName: string; preparedBy: string; preparedOn: string };

/** 禾山街道服务统计表（2019-01-01 至 2019-12-31）: the title, and the file's name without .xlsx. */
export const figuresTitle = (f: Pick<ServiceFigures, 'orgUnitName' | 'from' | 'to'>) =>
  `${f.orgUnitName}服务统计表（${f.from} 至 ${f.to}）`;

const unitColumns = [
  '单位',
  '社区活动（场）',
  '小组（个）',
  '小组节数',
  '服务人数',
  '服务人次',
  '其中来宾人次',
  '新开个案',
  '结案',
  '探访',
  '志愿服务时长（小时）',
  '服务志愿者（人）',
];

function addTable(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Row[], total?: Row) {
  const sheet = workbook.addWorksheet(name);
  // Every column carries its header, so a row's width must never outrun it.
  if (rows.some((row) => row.length !== headers.length))
    throw new Error(`${name}: a row does not match its headers`);
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  if (total) sheet.addRow(total).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 22 : 14;
  });
}

/**
 * The figures as the application form needs them (服务统计表): a summary, then one sheet per breakdown.
 * Totals are the unit's own figures, not sums of the rows: a person served in two communities is
 * one person, and the unit may organise activities itself.
 */
export async function serviceFiguresXlsx(
  f: ServiceFigures,
  filters: string[],
  filing: Filing,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = figuresTitle(f);
  workbook.creator = filing.preparedBy;
  const summary = workbook.addWorksheet('汇总');
  summary.addRow([figuresTitle(f)]).font = { bold: true, size: 14 };
  summary.addRow([`统计期间：${f.from} 至 ${f.to}`]);
  if (filters.length) summary.addRow([`筛选：${filters.join('；')}`]);
  summary.addRow([`填报单位：${filing.unitName}`]);
  summary.addRow([`制表人：${filing.preparedBy}`]);
  summary.addRow([`制表日期：${filing.preparedOn}`]);
  summary.addRow(['按记录实时计算：一人参加一节次计一人次，来宾按人数计']);
  summary.addRow([]);
  summary.addRow(['指标', '数值']).font = { bold: true };
  const lines: Row[] = [
    ['社区活动（场）', f.activitiesHeld],
    ['小组（个）', f.groups],
    ['小组节数（节）', f.groupSessions],
    ['服务人数（人）', f.distinctPeopleServed],
    ['服务人次（人次）', f.personTimes],
    ['其中来宾（人次）', f.guests],
    ['新开个案（个）', f.casesOpened],
    ['结案（个）', f.casesClosed],
    ['探访（次）', f.visitsMade],
    ['志愿服务时长（小时）', f.volunteerHours],
    ['服务志愿者（人）', f.volunteersServing],
  ];
  for (const line of lines) summary.addRow(line);
  summary.getColumn(1).width = 24;
  summary.getColumn(2).width = 14;

  if (f.byUnit.length)
    addTable(
      workbook,
      '按单位',
      unitColumns,
      f.byUnit.map((u) => [
        u.name,
        u.activitiesHeld,
        u.groups,
        u.groupSessions,
        u.distinctPeopleServed,
        u.personTimes,
        u.guests,
        u.casesOpened,
        u.casesClosed,
        u.visitsMade,
        u.volunteerHours,
        u.volunteersServing,
      ]),
      [
        '合计',
        f.activitiesHeld,
        f.groups,
        f.groupSessions,
        f.distinctPeopleServed,
        f.personTimes,
        f.guests,
        f.casesOpened,
        f.casesClosed,
        f.visitsMade,
        f.volunteerHours,
        f.volunteersServing,
      ],
    );
  addTable(
    workbook,
    '按品牌',
    ['品牌', '活动数', '服务人次'],
    f.byBrand.map((b) => [b.brand, b.activities, b.personTimes]),
  );
  addTable(
    workbook,
    '按服务对象',
    ['服务对象', '活动数', '服务人次'],
    f.byTargetGroup.map((g) => [serviceTargetGroupLabels[g.targetGroup], g.activities, g.personTimes]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceFigures, UnitFigureRow } from '../../../core/activities/contract';
import { heshan2019, heshan2019Events, heshan2019Groups } from '../../db/demo-data/heshan-2019';
import { unitId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const figures = async (username: string, query: string): Promise<ServiceFigures> => {
  const res = await ctx.request({
    method: 'GET',
    url: `/api/v1/service-figures?${query}`,
    headers: await ctx.signIn(username),
  });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const year2019 = 'from=2019-01-01&to=2019-12-31';
const unitFields = (f: Omit<UnitFigureRow, 'orgUnitId' | 'name'>) => ({
  activitiesHeld: f.activitiesHeld,
  groups: f.groups,
  groupSessions: f.groupSessions,
  distinctPeopleServed: f.distinctPeopleServed,
  personTimes: f.personTimes,
  guests: f.guests,
  casesOpened: f.casesOpened,
  casesClosed: f.casesClosed,
  visitsMade: f.visitsMade,
});

describe('service figures computed back from the records', () => {
  it("reproduces 禾山's 2019 as seed 003 states it: 22 community activities, 7 groups, 3000+ person-times", async () => {
    const heshan = await unitId(ctx.database.db, '禾山社区');
    const f = await figures('heshan.staff', `orgUnitId=${heshan}&${year2019}`);
    expect(f.activitiesHeld).toBe(heshan2019.communityActivities);
    expect(f.groups).toBe(heshan2019.groups);
    expect(f.groupSessions).toBe(heshan2019.groups * 8);
    expect(f.personTimes).toBeGreaterThanOrEqual(heshan2019.personTimesAtLeast);
    expect(f.personTimes).toBeLessThan(4000);
    expect(f.distinctPeopleServed).toBeLessThan(f.personTimes);
    // The year before and after are empty: the history sits in 2019.
    const before = await figures('heshan.staff', `orgUnitId=${heshan}&from=2018-01-01&to=2018-12-31`);
    expect(before.personTimes).toBe(0);
  });

  it('breaks the figures down by target group and brand, one activity counted under each of its tags', async () => {
    const f = await figures('heshan.staff', year2019);
    const planned = [...heshan2019Events, ...heshan2019Groups];
    const elderly = f.byTargetGroup.find((g) => g.targetGroup === 'elderly');
    expect(elderly?.activities).toBe(planned.filter((p) => p.targetGroups.includes('elderly')).length);
    expect(f.byBrand.map((b) => b.brand).sort()).toEqual([...new Set(planned.map((p) => p.brand))].sort());
    // Every 禾山 activity has one brand, so the brands' person-times add up to the total.
    expect(f.byBrand.reduce((sum, b) => sum + b.personTimes, 0)).toBe(f.personTimes);
    const filtered = await figures('heshan.staff', `${year2019}&targetGroup=elderly`);
    expect(filtered.personTimes).toBe(elderly?.personTimes);
  });

  it("rolls a street up from its communities, each row equal to that community's own figures", async () => {
    const street = await unitId(ctx.database.db, '禾山街道');
    const heshan = await unitId(ctx.database.db, '禾山社区');
    const streetFigures = await figures('heshan.admin', `orgUnitId=${street}&${year2019}`);
    expect(streetFigures.byUnit.map((u) => u.name)).toEqual(['禾山社区']);
    const community = await figures('heshan.admin', `orgUnitId=${heshan}&${year2019}`);
    expect(unitFields(streetFigures.byUnit[0])).toEqual(unitFields(community));
    expect(community.byUnit).toEqual([]);

    const jiangtou = await figures('jiangtou.admin', 'from=2020-01-01&to=2030-12-31');
    expect(jiangtou.byUnit).toHaveLength(11);
    const yuanshan = jiangtou.byUnit.find((u) => u.name === '园山社区');
    const yuanshanOwn = await figures('yuanshan.staff', 'from=2020-01-01&to=2030-12-31');
    expect(yuanshan && unitFields(yuanshan)).toEqual(unitFields(yuanshanOwn));
    const sum = (key: 'personTimes' | 'activitiesHeld' | 'visitsMade') =>
      jiangtou.byUnit.reduce((n, u) => n + u[key], 0);
    expect(sum('personTimes')).toBe(jiangtou.personTimes);
    expect(sum('activitiesHeld')).toBe(jiangtou.activitiesHeld);
    expect(sum('visitsMade')).toBe(jiangtou.visitsMade);
    expect(yuanshan?.visitsMade).toBeGreaterThan(0);

    const district = await figures('huli.admin', year2019);
    // In the order of the statistical codes: 禾山 350206003, 江头 350206004.
    expect(district.byUnit.map((u) => u.name)).toEqual(['禾山街道', '江头街道']);
    expect(district.byUnit[0].personTimes).toBe(streetFigures.personTimes);
  });

  it('exports the same figures as a workbook with a sheet per breakdown', async () => {
    const street = await unitId(ctx.database.db, '禾山街道');
    const query = `orgUnitId=${street}&${year2019}&targetGroup=elderly`;
    const shown = await figures('heshan.admin', query);
    const res = await ctx.request({
      method: 'GET',
      url: `/api/v1/service-figures/export?${query}`,
      headers: await ctx.signIn('heshan.admin'),
    });
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '按单位', '按品牌', '按服务对象']);
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getCell('A1').value).toBe('禾山街道服务统计表（2019-01-01 至 2019-12-31）');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('禾山街道服务统计表（2019-01-01 至 2019-12-31）.xlsx')}`,
    );
    expect([2, 3, 4, 5, 6].map((n) => summary.getCell(`A${n}`).value)).toEqual([
      '统计期间：2019-01-01 至 2019-12-31',
      '筛选：服务对象：一老',
      '填报单位：禾山街道',
      '制表人：郑国庆',
      `制表日期：${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())}`,
    ]);
    const summaryValue = (label: string) => {
      let found: unknown;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(summaryValue('服务人次（人次）')).toBe(shown.personTimes);
    expect(summaryValue('社区活动（场）')).toBe(shown.activitiesHeld);
    const units = workbook.getWorksheet('按单位')!;
    expect(units.getRow(2).values).toEqual([
      undefined,
      '禾山社区',
      shown.byUnit[0].activitiesHeld,
      shown.byUnit[0].groups,
      shown.byUnit[0].groupSessions,
      shown.byUnit[0].distinctPeopleServed,
      shown.byUnit[0].personTimes,
      shown.byUnit[0].guests,
      shown.byUnit[0].casesOpened,
      shown.byUnit[0].casesClosed,
      shown.byUnit[0].visitsMade,
      shown.byUnit[0].volunteerHours,
      shown.byUnit[0].volunteersServing,
    ]);
    // A header over every column that holds a figure (H–J once had none).
    const header = units.getRow(1);
    expect(header.cellCount).toBe(units.getRow(2).cellCount);
    expect(header.values).toEqual([
      undefined,
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
    ]);
  });

  it("refuses a unit outside the caller's scope", async () => {
    const heshan = await unitId(ctx.database.db, '禾山社区');
    const res = await ctx.request({
      method: 'GET',
      url: `/api/v1/service-figures?orgUnitId=${heshan}&${year2019}`,
      headers: await ctx.signIn('yuanshan.staff'),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().title).toMatch(/[\u4e00-\u9fff]/);
    const bad = await ctx.request({
      method: 'GET',
      url: '/api/v1/service-figures/export?from=2019-13-01&to=2019-12-31',
      headers: await ctx.signIn('heshan.staff'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('日期格式应为 YYYY-MM-DD');
  });
});

import { expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoHorizontalOverflow, PHONE, screenshot, signIn } from './support';

// 服务统计 as 禾山街道's admin: the 2019 that seed 003 states (社区活动22场, 小组7个, 服务人次3000余) computed
// back from the demo world's records, the street rolled up from its community, a drill-down, the Excel
// export and the phone.

const statisticNumber = async (scope: Locator): Promise<number> => {
  const text = await scope.locator('.ant-statistic-content-value').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

const choose2019 = async (page: Page): Promise<void> => {
  const inputs = page
    .locator('#figures-period')
    .locator('xpath=ancestor::div[contains(@class,"ant-picker")]')
    .locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill('2019-01-01');
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill('2019-12-31');
  await inputs.nth(1).press('Enter');
  await expect(page).toHaveURL(/from=2019-01-01&to=2019-12-31/);
};

test('a street reproduces its community’s 2019 from the records, drills down and exports it', async ({
  page,
}) => {
  await signIn(page, 'heshan.admin');
  await page.getByRole('menu').first().getByRole('menuitem', { name: '服务统计' }).click();
  await expect(page.getByRole('heading', { name: '服务统计' })).toBeVisible();
  await choose2019(page);

  await expect(async () => {
    expect(await statisticNumber(page.getByTestId('figure-activitiesHeld'))).toBe(22);
  }).toPass({ timeout: 15_000 });
  expect(await statisticNumber(page.getByTestId('figure-groups'))).toBe(7);
  const personTimes = await statisticNumber(page.getByTestId('figure-personTimes'));
  expect(personTimes).toBeGreaterThanOrEqual(3000);
  expect(personTimes).toBeLessThan(4000);

  // The street's one community, with the same figures, and the total row.
  const byUnit = page.getByTestId('figures-by-unit');
  const heshanRow = byUnit.getByRole('row').filter({ hasText: '禾山社区' });
  await expect(heshanRow).toContainText(personTimes.toLocaleString('zh-CN'));
  await expect(byUnit.locator('.ant-table-summary')).toContainText('合计');
  await expect(page.getByTestId('figures-by-target-group')).toBeVisible();
  await expect(page.getByTestId('figures-by-brand')).toBeVisible();
  await screenshot(page, 'service-figures-street');

  // The export carries what the screen shows.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('禾山街道服务统计表（2019-01-01 至 2019-12-31）.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) as string);
  const summary = workbook.getWorksheet('汇总');
  expect(summary?.getCell('A1').value).toBe('禾山街道服务统计表（2019-01-01 至 2019-12-31）');
  expect(summary?.getCell('A3').value).toBe('填报单位：禾山街道');
  expect(summary?.getCell('A2').value).toBe('统计期间：2019-01-01 至 2019-12-31');
  expect(workbook.getWorksheet('按单位')?.getCell('F2').value).toBe(personTimes);

  // Drill down into the community: the same totals, no table of units below, and back again.
  await heshanRow.getByRole('button', { name: '禾山社区' }).click();
  await expect(page).toHaveURL(/orgUnitId=/);
  await expect(page.getByTestId('figures-by-unit')).toHaveCount(0);
  expect(await statisticNumber(page.getByTestId('figure-personTimes'))).toBe(personTimes);
  await page.goBack();
  await expect(page.getByTestId('figures-by-unit')).toBeVisible();

  // The same link opens the same figures on a phone, without sideways scrolling.
  const url = page.url();
  await page.setViewportSize(PHONE);
  await page.goto(url);
  await expect(async () => {
    expect(await statisticNumber(page.getByTestId('figure-activitiesHeld'))).toBe(22);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('figures-by-unit')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'service-figures-phone');
  await page.getByTestId('figures-by-unit').scrollIntoViewIfNeeded();
  await screenshot(page, 'service-figures-phone-units');
});

import fs from 'node:fs';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DESKTOP, expectHomeRole, PHONE, screenshot, signIn } from './support';

// Ticking rows on two pages of a big list (Ant Design Pro's habit): 已选 N 项, the ticked rows alone
// exported (masked as the list shows them) and printed, as 园山社区's staff — on a desk and a phone.

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');
const bar = (page: Page) => page.getByTestId('selection-bar');

// Ticks a row of the page shown and returns the text of one of its cells (what identifies it).
const tick = async (page: Page, index: number, cell: number): Promise<string> => {
  const row = rows(page).nth(index);
  await row.getByRole('checkbox').check();
  return (await row.locator('td').nth(cell).innerText()).trim();
};

const toPage = async (page: Page, n: number): Promise<void> => {
  await page.locator(`.ant-pagination-item-${n}`).click();
  await expect(page.locator(`.ant-pagination-item-${n}`)).toHaveClass(/ant-pagination-item-active/);
  await expect(page.locator('.ant-table-tbody .ant-spin-spinning, .ant-spin-spinning')).toHaveCount(0);
};

// The first sheet's values in one column, below the header.
const columnOf = async (download: Download, column: number): Promise<string[]> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  return book.worksheets[0].getColumn(column).values.slice(2).map(String);
};

// The print dialog is the browser's own: count the calls instead of opening it.
const stubPrint = (page: Page) =>
  page.addInitScript(() => {
    Object.assign(window, { printCalls: 0 });
    window.print = () => {
      Object.assign(window, { printCalls: (window as unknown as { printCalls: number }).printCalls + 1 });
    };
  });
const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

const openPrint = async (page: Page): Promise<Locator> => {
  await bar(page).getByRole('button', { name: '打印所选' }).click();
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect.poll(() => printCalls(page)).toBeGreaterThan(0);
  return sheet;
};

test('staff tick residents on two pages, export exactly those (masked) and print them', async ({ page }) => {
  await stubPrint(page);
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await page.goto('/residents');
  await expect(page.getByRole('heading', { name: '居民名册' })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();

  // Cells: 0 the tick, 1 the name, 2 the masked ID number.
  const ticked = [await tick(page, 0, 2), await tick(page, 3, 2)];
  await expect(bar(page)).toContainText('已选 2 项');
  await toPage(page, 2);
  ticked.push(await tick(page, 1, 2));
  await expect(bar(page)).toContainText('已选 3 项');
  await screenshot(page, 'bulk-selection-residents');
  // Back on page 1 its ticks are still there.
  await toPage(page, 1);
  await expect(rows(page).nth(0).getByRole('checkbox')).toBeChecked();

  // 导出所选: confirmed as the list's export is (audited), masked, exactly the ticked rows.
  await bar(page).getByRole('button', { name: '导出所选' }).click();
  const confirm = page.getByRole('dialog', { name: '导出脱敏名册？' });
  await expect(confirm).toContainText('所选的 3 名居民');
  const downloading = page.waitForEvent('download');
  await confirm.getByRole('button', { name: '脱敏导出' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('居民名册.xlsx');
  const exportedIds = await columnOf(download, 3);
  expect(exportedIds.sort()).toEqual([...ticked].sort());
  for (const id of exportedIds) expect(id).toMatch(/^\d{6}\*+[\dX]{4}$/);

  // 打印所选: the unit and list as the title, the date, the ticked rows masked as listed.
  const sheet = await openPrint(page);
  await expect(sheet.getByRole('heading')).toHaveText('园山社区居民名册');
  await expect(sheet).toContainText(/打印日期：\d{4}-\d{2}-\d{2}　共 3 项/);
  await expect(sheet.locator('tbody tr')).toHaveCount(3);
  for (const id of ticked) await expect(sheet).toContainText(id);
  await screenshot(page, 'bulk-selection-print');
  // On paper only the sheet shows, without its buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet.getByRole('button', { name: '打印' })).toBeHidden();
  await screenshot(page, 'bulk-selection-print-paper');
  await page.emulateMedia({ media: 'screen' });
  await sheet.getByRole('button', { name: '关闭' }).click();
  await expect(sheet).toBeHidden();

  await bar(page).getByRole('button', { name: '取消选择' }).click();
  await expect(bar(page)).toBeHidden();
  await expect(rows(page).nth(0).getByRole('checkbox')).not.toBeChecked();
});

test('on a phone, staff tick needs on two pages, export and print them', async ({ page }) => {
  await stubPrint(page);
  await page.setViewportSize(PHONE);
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await page.goto('/needs');
  await expect(page.getByRole('heading', { name: '需求清单' })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();

  // Cells: 0 the tick, 1 the title.
  const ticked = [await tick(page, 1, 1)];
  await toPage(page, 2);
  ticked.push(await tick(page, 0, 1), await tick(page, 2, 1));
  await expect(bar(page)).toContainText('已选 3 项');
  await bar(page).scrollIntoViewIfNeeded();
  await screenshot(page, 'bulk-selection-needs-mobile');

  const downloading = page.waitForEvent('download');
  await bar(page).getByRole('button', { name: '导出所选' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('需求清单.xlsx');
  expect((await columnOf(download, 1)).sort()).toEqual([...ticked].sort());

  const sheet = await openPrint(page);
  await expect(sheet.getByRole('heading')).toHaveText('园山社区需求清单');
  await expect(sheet.locator('tbody tr')).toHaveCount(3);
  for (const title of ticked) await expect(sheet).toContainText(title);
  await screenshot(page, 'bulk-selection-print-mobile');
});

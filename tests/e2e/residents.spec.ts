import fs from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../../src/core/residents/id-card';
import {
  expectHomeRole,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickMenuItem,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 居民名册 and 人口统计 as 园山社区's staff: the seed's figures, the import wizard end to end, the
// detail page with reveal, edit, consent and status, and both screens on a phone.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Sequence codes below 20 are never used by the demo world, so these IDs are new in every run.
const idNumber = (birthDate: string, sequence: number): string => {
  const first17 = `350206${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
};

// The wrong check character for a valid first 17 digits.
const withBadChecksum = (id: string): string => {
  const check = id.slice(-1);
  return id.slice(0, 17) + (check === '0' ? '1' : '0');
};

// A long (virtual) option list: type to narrow it, then pick.
const searchOption = async (page: Page, field: Locator, text: string): Promise<void> => {
  const option = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) [title="${text}"]`);
  await expect(async () => {
    if (!(await option.isVisible())) {
      await field.locator('.ant-select').first().click();
      await page.keyboard.type(text);
    }
    await option.click({ timeout: 2_000 });
    await expect(field).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
};

const menu = (page: Page) => page.getByRole('menu').first();

const statisticNumber = async (scope: Locator): Promise<number> => {
  const text = await scope.locator('.ant-statistic-content-value').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

const openStats = async (page: Page) => {
  await menu(page).getByRole('menuitem', { name: '人口统计' }).click();
  await expect(page.getByRole('heading', { name: '人口统计' })).toBeVisible();
  await expect(page.getByText('园山社区（社区）')).toBeVisible();
  await expect(page.getByTestId('kpi-registered')).toBeVisible();
};

const setAsOf = async (page: Page, date: string) => {
  const input = page.locator('#stats-as-of');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
  await page.getByRole('heading', { name: '人口统计' }).click();
};

type Row = Record<string, string>;

const rosterFile = async (headers: string[], rows: Row[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民名册');
  sheet.addRow(headers.map((h) => `${h}`));
  for (const row of rows) sheet.addRow(headers.map((h) => row[h.replace(/\*$/, '')] ?? null));
  // ID numbers as text, as the template asks.
  const idColumn = headers.findIndex((h) => h.replace(/\*$/, '') === '证件号码') + 1;
  sheet.getColumn(idColumn).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

test('the statistics reproduce seed 000 for 园山社区 on 2025-09-30', async ({ page }) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await openStats(page);
  await setAsOf(page, '2025-09-30');
  await expect(page.getByTestId('kpi-registered')).toContainText('5,736');
  await expect(page.getByTestId('kpi-age60plus')).toContainText('1,517');
  await expect(page.getByTestId('kpi-age60plus-share')).toHaveText('占户籍人口 26.4%');
  const paragraph = page.getByTestId('stats-paragraph');
  await expect(paragraph).toContainText('户籍人口5736人');
  await expect(paragraph).toContainText('户籍人口60周岁及以上老年人1517人（占户籍人口26.4%）');
  await expect(page.getByTestId('group-child-chart').locator('canvas')).toHaveCount(1);
  await screenshot(page, 'residents-stats');

  await page.getByTestId('copy-paragraph').click();
  await expect(page.getByText('已复制到剪贴板')).toBeVisible();
});

test('the roster and the statistics work on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await page.getByTestId('nav-drawer-toggle').click();
  await page.getByRole('menuitem', { name: '居民名册' }).click();
  await expect(page.getByRole('heading', { name: '居民名册' })).toBeVisible();
  await expect(page.getByText(/共 [\d,]+ 名居民/)).toBeVisible();
  await page.getByRole('button', { name: /筛\s*选/ }).click();
  await pickOption(page, page.getByTestId('filter-tag'), '独居');
  await expect(page.getByRole('row').nth(1)).toContainText('独居');
  await page.getByRole('button', { name: /筛\s*选/ }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'residents-list-mobile');

  await page.goto('/population-stats?asOf=2025-09-30');
  await expect(page.getByTestId('kpi-registered')).toContainText('5,736');
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'residents-stats-mobile');
});

test('staff import a roster: template, dry-run errors, fixed file, live commit, statistics grow', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-5);
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');

  // Today's registered count before the import.
  await openStats(page);
  const before = await statisticNumber(page.getByTestId('kpi-registered'));
  expect(before).toBeGreaterThan(5000);

  await menu(page).getByRole('menuitem', { name: '居民名册' }).click();
  await expect(page.getByRole('heading', { name: '居民名册' })).toBeVisible();
  await expect(page.getByText(/共 [\d,]+ 名居民/)).toBeVisible();
  await screenshot(page, 'residents-list');

  // The masked export of the filtered list, after a confirmation that says it is audited.
  await pickOption(page, page.getByTestId('filter-tag'), '特困');
  await expect(page.getByText(/共 \d+ 名居民/)).toBeVisible();
  const confirmExport = page.getByRole('dialog', { name: '导出脱敏名册？' });
  await pickMenuItem(page, page.getByRole('button', { name: /导\s*出/ }), '脱敏导出', confirmExport);
  await expect(confirmExport).toContainText('导出操作将记入审计日志');
  const exporting = page.waitForEvent('download');
  await confirmExport.getByRole('button', { name: '脱敏导出' }).click();
  const exported = await exporting;
  expect(exported.suggestedFilename()).toBe('居民名册.xlsx');
  const exportedBook = new ExcelJS.Workbook();
  await exportedBook.xlsx.load(fs.readFileSync(await exported.path()) as unknown as ArrayBuffer);
  const exportedIds = exportedBook.worksheets[0].getColumn(3).values.slice(2).map(String);
  expect(exportedIds.length).toBeGreaterThan(0);
  for (const id of exportedIds) expect(id).toMatch(/^\d{6}\*+[\dX]{4}$/);
  await page.getByRole('button', { name: /重\s*置/ }).click();

  await page.getByRole('button', { name: /导\s*入/ }).click();
  await expect(page.getByRole('heading', { name: '导入居民名册' })).toBeVisible();

  // 1. The template comes through the browser as a download.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载模板' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('居民名册导入模板.xlsx');
  const templatePath = await download.path();
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(fs.readFileSync(templatePath) as unknown as ArrayBuffer);
  const headers = (template.worksheets[0].getRow(1).values as (string | undefined)[])
    .slice(1)
    .map((h) => String(h ?? ''));
  expect(headers.map((h) => h.replace(/\*$/, ''))).toEqual(
    expect.arrayContaining(['姓名', '证件号码', '户籍类型', '小区', '网格', '户号']),
  );

  // 2. A roster with one good row and one bad one (wrong check character, unknown compound).
  const good: Row = {
    姓名: `导入测试甲${suffix}`,
    证件号码: idNumber('1948-05-12', 1 + (Number(suffix) % 9) * 2),
    户籍类型: '户籍',
    小区: '园山花园',
    网格: '第一网格',
    户号: `E2E-${suffix}`,
    与户主关系: '户主',
    是否独居: '是',
    慢性病: '高血压',
  };
  const secondId = idNumber('1952-11-03', 2 + (Number(suffix) % 9) * 2);
  const bad: Row = {
    ...good,
    姓名: `导入测试乙${suffix}`,
    证件号码: withBadChecksum(secondId),
    小区: '不存在小区',
    与户主关系: '配偶',
    是否独居: '否',
  };
  await page.getByRole('button', { name: '已填好名册，下一步' }).click();
  const fileInput = page.locator('input[type="file"]');

  // A sheet without the required columns is refused as a whole, naming each missing column.
  await fileInput.setInputFiles({
    name: '缺列.xlsx',
    mimeType: XLSX,
    buffer: await rosterFile(['姓名', '证件号码'], [{ 姓名: '缺列', 证件号码: good.证件号码 }]),
  });
  await expect(page.getByTestId('import-refusal')).toContainText('缺少“户籍类型”列');
  await expect(page.getByTestId('import-refusal')).toContainText('缺少“小区”列');
  await fileInput.setInputFiles({
    name: '园山名册.xlsx',
    mimeType: XLSX,
    buffer: await rosterFile(headers, [good, bad]),
  });

  // 3. The dry run lists every problem in Chinese, and the commit is blocked.
  await expect(page.getByTestId('import-blocked')).toBeVisible();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('身份证号校验位不正确，请核对');
  await expect(errors).toContainText('本社区没有名为“不存在小区”的小区');
  await expect(errors.getByRole('row').filter({ hasText: '不存在小区' })).toContainText('3');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('import-commit-blocked')).toHaveText('有错误行时不会导入任何数据');
  await expect(page.getByTestId('import-created')).toContainText('1');
  await screenshot(page, 'residents-import-errors');

  // The fixed file: the second row gets its real ID number and a real compound.
  const fixed: Row = { ...bad, 证件号码: secondId, 小区: '园山花园' };
  await page.getByRole('button', { name: '重新上传' }).click();
  await fileInput.setInputFiles({
    name: '园山名册（已修改）.xlsx',
    mimeType: XLSX,
    buffer: await rosterFile(headers, [good, fixed]),
  });
  await expect(page.getByText('预检通过：将新增 2 人，更新 0 人，0 人无变化。')).toBeVisible();
  await expect(page.getByTestId('import-commit')).toBeEnabled();

  // 4–5. Commit, with the progress of the stream, then the summary. Two rows commit in milliseconds, so
  // the answer is held back a moment to let the progress step be seen.
  await page.route('**/api/v1/residents/import/commit', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ response });
  });
  const progressShown = page
    .getByTestId('import-progress')
    .waitFor({ state: 'attached', timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await page.getByTestId('import-commit').click();
  expect(await progressShown).toBe(true);
  await expect(page.locator('.ant-result-title')).toHaveText('导入完成');
  await expect(page.getByText('新增 2 人，更新 0 人，0 人无变化。')).toBeVisible();
  await screenshot(page, 'residents-import-done');

  // The new residents are on the roster …
  await page.getByRole('button', { name: '返回居民名册' }).last().click();
  await expect(page.getByRole('heading', { name: '居民名册' })).toBeVisible();
  await page.getByPlaceholder('姓名、手机号或证件号（可输后4位）').fill(`导入测试`);
  await page.getByPlaceholder('姓名、手机号或证件号（可输后4位）').press('Enter');
  await expect(page.getByRole('row').filter({ hasText: `导入测试甲${suffix}` })).toContainText('独居');
  await expect(page.getByRole('row').filter({ hasText: `导入测试乙${suffix}` })).toBeVisible();

  // … and 园山's registered count grew by exactly the two imported.
  await openStats(page);
  await expect(async () => {
    expect(await statisticNumber(page.getByTestId('kpi-registered'))).toBe(before + 2);
  }).toPass({ timeout: 10_000 });
});

test('staff open a record, reveal it with a reason, edit it, record consent and mark a move', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-5);
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await menu(page).getByRole('menuitem', { name: '居民名册' }).click();

  // A new resident: the ID is checked as it is typed, birth date and sex come from it.
  await page.getByRole('button', { name: '新增居民' }).click();
  const drawer = page.getByRole('dialog', { name: '新增居民' });
  await expect(drawer).toBeVisible();
  const childId = idNumber('2015-04-08', 3 + (Number(suffix) % 8) * 2);
  await drawer.getByLabel('姓名').fill(`新增测试${suffix}`);
  await drawer.getByLabel('证件号码').fill(withBadChecksum(childId));
  await drawer.getByLabel('联系电话').click();
  await expect(formItem(drawer, '证件号码')).toContainText('身份证号校验位不正确，请核对');
  await drawer.getByLabel('证件号码').fill(childId);
  await expect(drawer.getByTestId('derived-identity')).toContainText('出生日期 2015-04-08，性别 男');
  await searchOption(page, formItem(drawer, '小区'), '园山新村');
  await pickOption(page, formItem(drawer, '网格'), '第二网格');
  await drawer.getByLabel('户号').fill(`N-${suffix}`);
  await drawer.getByRole('checkbox', { name: '困境儿童' }).check();
  await drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, 0));
  await screenshot(page, 'residents-form');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已新增居民')).toBeVisible();

  // The detail page of the new (under-14, so masked and audited) resident.
  await expect(page.getByTestId('resident-name')).toHaveText(/^新\*+\d$/);
  await expect(page.getByText('本次查看已记入审计日志')).toBeVisible();
  await expect(page.getByText('困境儿童').first()).toBeVisible();

  // Consent for a child needs a guardian.
  await page.getByRole('button', { name: '登记同意' }).click();
  const consent = page.getByRole('dialog', { name: '登记个人信息处理同意' });
  await consent.getByRole('button', { name: /登\s*记/ }).click();
  await expect(formItem(consent, '监护人姓名')).toContainText('请填写监护人姓名');
  await consent.getByLabel('监护人姓名').fill('新增测试家长');
  await consent.getByLabel('监护人关系').fill('父亲');
  await consent.getByRole('button', { name: /登\s*记/ }).click();
  await expect(page.getByText('已登记', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '新增测试家长' })).toBeVisible();

  // Reveal with a reason: the whole ID number is shown.
  await page.getByRole('button', { name: '查看完整信息' }).first().click();
  const reveal = page.getByRole('dialog', { name: '查看完整信息' });
  await reveal.getByText('入户走访核实').click();
  await reveal.getByRole('button', { name: /查\s*看/ }).click();
  await expect(page.getByTestId('whole-id-number')).toHaveText(childId);
  await screenshot(page, 'residents-detail');

  // Edit (already revealed, so no second reason): the name must be typed whole again for a minor.
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  const edit = page.getByRole('dialog', { name: /编辑居民信息/ });
  await expect(edit.getByLabel('证件号码')).toHaveValue(childId);
  await edit.getByLabel('姓名').fill(`新增测试${suffix}`);
  await edit.getByLabel('联系电话').fill(`139${suffix}0000`.slice(0, 11));
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('居民信息已保存')).toBeVisible();

  // Moved away, after a confirmation with a date.
  const status = page.getByRole('dialog', { name: /标记为迁出/ });
  await pickMenuItem(page, page.getByRole('button', { name: /变更状态/ }), '标记迁出', status);
  await status.getByRole('button', { name: '确认迁出' }).click();
  await expect(page.getByText('已标记为迁出')).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '已迁出' }).first()).toBeVisible();

  // Back to the roster; a child's record links to the other members of the household.
  await page.getByRole('button', { name: '返回居民名册' }).click();
  await expect(page.getByRole('heading', { name: '居民名册' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: '未成年' }).first().click();
  const household = page.getByTestId('household');
  await expect(household).toBeVisible();
  const firstName = await page.getByTestId('resident-name').innerText();
  await household.getByRole('link').first().click();
  await expect(page.getByTestId('resident-name')).not.toHaveText(firstName);
  await expect(page.getByTestId('household')).toContainText('（本人）');
});

test('the header finds a resident by part of a name; the page says where it is, in the trail and the tab', async ({
  page,
}) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  const search = page.getByTestId('resident-search');
  await search.fill('陈');
  const first = page.locator('.ant-select-item-option').first();
  await expect(first).toBeVisible();
  await screenshot(page, 'header-resident-search');
  await first.click();
  await expect(page).toHaveURL(/\/residents\/[0-9a-f-]{36}$/);
  const trail = page.getByRole('navigation', { name: '当前位置' });
  await expect(trail.getByRole('link', { name: '首页' })).toBeVisible();
  await expect(trail.getByRole('link', { name: '居民名册' })).toBeVisible();
  await expect(page).toHaveTitle('居民名册 - 近邻');
  await screenshot(page, 'residents-trail');
  await trail.getByRole('link', { name: '居民名册' }).click();
  await expect(page).toHaveURL(/\/residents$/);
  await expect(trail).toContainText('居民名册');
  await expect(trail.getByRole('link', { name: '居民名册' })).toHaveCount(0);
  // Every page's trail leads to its part of the help.
  await trail.getByTestId('page-help').click();
  await expect(page).toHaveURL(/\/help#residents$/);
  await expect(page.locator('#help-residents')).toContainText('确认导入');
  await expect(page).toHaveTitle('使用帮助 - 近邻');
  await screenshot(page, 'help');
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'help-phone');
});

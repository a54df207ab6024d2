import { expect, type Page, test } from '@playwright/test';
import {
  expectHome,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 探访 end to end: 园山's community staff asks for monthly plans for everyone living alone (the demo
// world already has them), sees who is overdue by grid, records a visit that needs follow-up for the
// first overdue person, who then leaves the overdue list; the visit shows in 探访记录 as 需跟进 and is
// marked followed up.

const FINDINGS = '老人说近来常头晕，建议就医，需联系家属陪同';
const DEMO_PROJECT = '三维发力助力幸福‘园’满——园山社区多元联盟协同治理项目（第一期）';

const openVisits = async (page: Page): Promise<void> => {
  await page.getByRole('menu').first().getByRole('menuitem', { name: '探访' }).click();
  await expect(page.getByRole('heading', { name: '探访' })).toBeVisible();
};

const tab = (page: Page, name: string) => page.getByRole('tab', { name });

test('plans, the overdue list by grid, a visit with follow-up, and marking it done', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'yuanshan.staff');
  await expectHome(page);
  await openVisits(page);

  // Monthly plans for 独居: the demo world has planned its 130 already; only people other journeys
  // registered since (living alone, in 园山) are new, and every one eligible ends up with a plan. Other
  // journeys of the run may also have marked a planned person moved away, so "already planned" is most
  // of the 130, not all of them.
  await page.getByRole('button', { name: '批量建立计划' }).click();
  const bulk = page.getByRole('dialog', { name: '批量建立计划' });
  await expect(formItem(bulk, '人群类别')).toContainText('独居');
  await pickOption(page, formItem(bulk, '所属项目'), DEMO_PROJECT);
  await bulk.getByRole('button', { name: '建立计划' }).click();
  const result = bulk.getByTestId('bulk-result');
  await expect(result).toContainText(/新建 \d+ 个探访计划/);
  const [created, eligible, existing] = ((await result.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  expect(existing).toBeGreaterThanOrEqual(125);
  expect(created + existing).toBe(eligible);
  await screenshot(page, 'visits-bulk');
  await bulk.getByRole('button', { name: '关 闭' }).click();

  // The overdue list, by grid with a count per grid.
  const grids = page.getByTestId('overdue-grids');
  await expect(grids).toContainText(/全部 \d+ 人/);
  const firstGrid = page.locator('[data-testid^="overdue-grid-"]').first();
  const firstRow = firstGrid.locator('tbody tr').first();
  const link = firstRow.getByRole('link');
  const name = (await link.innerText()).trim();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/residents\//);
  await expect(firstRow).toContainText(/逾期 \d+ 天/);
  await screenshot(page, 'visits-overdue');

  // 记录探访 for that person, with follow-up needed.
  await firstRow.getByRole('button', { name: '记录探访' }).click();
  const dialog = page.getByRole('dialog', { name: '记录探访' });
  await expect(dialog.getByTestId('visit-resident')).toHaveText(name);
  // The demo plans belong to 园山's running project, so the visit joins it unless another is chosen.
  await expect(formItem(dialog, '所属项目')).toContainText(DEMO_PROJECT);
  await dialog.getByLabel('探访情况').fill(FINDINGS);
  await dialog.getByLabel(/需要跟进/).check();
  await screenshot(page, 'visits-record-modal');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录探访')).toBeVisible();
  await expect(page.locator(`[data-testid^="overdue-grid-"] a[href="${href}"]`)).toHaveCount(0);

  // The plan is on time again.
  await tab(page, '探访计划').click();
  const plans = page.getByRole('tabpanel', { name: '探访计划' });
  await expect(plans.getByTestId('plan-status-filter')).toContainText(/逾期 \d+/);
  await screenshot(page, 'visits-plans');
  await plans.getByPlaceholder('搜索姓名').fill(name);
  await plans.getByPlaceholder('搜索姓名').press('Enter');
  const planRow = plans.locator('tbody tr').filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(planRow).toContainText('按时');
  await expect(planRow).toContainText('园山社区多元联盟协同治理项目');
  await planRow.getByRole('button', { name: '调整周期' }).click();
  const planModal = page.getByRole('dialog', { name: '调整探访计划' });
  await expect(formItem(planModal, '所属项目')).toContainText(DEMO_PROJECT);
  await screenshot(page, 'visits-plan-modal');
  await planModal.getByRole('button', { name: /取\s*消/ }).click();

  // 探访记录: the visit with its follow-up tag, then marked done.
  await tab(page, '探访记录').click();
  const records = page.getByRole('tabpanel', { name: '探访记录' });
  await pickOption(page, records.getByTestId('records-follow-up'), '待跟进');
  const visitRow = records
    .locator('tbody tr')
    .filter({ has: page.locator(`a[href="${href}"]`) })
    .first();
  await expect(visitRow).toContainText(FINDINGS);
  await expect(visitRow).toContainText('需跟进');
  await expect(visitRow).toContainText('李秀梅');
  await records.getByPlaceholder('搜索姓名').scrollIntoViewIfNeeded();
  await screenshot(page, 'visits-records');
  await visitRow.getByRole('button', { name: '标记已跟进' }).click();
  const follow = page.getByRole('dialog', { name: '标记已跟进' });
  await follow.getByLabel('跟进说明（选填）').fill('已联系家属，本周陪同就医');
  await follow.getByRole('button', { name: '标记已跟进' }).click();
  await expect(page.getByText('已标记为已跟进')).toBeVisible();
  await expect(records.locator(`tbody a[href="${href}"]`)).toHaveCount(0);
  await pickOption(page, records.getByTestId('records-follow-up'), '已跟进');
  const doneRow = records
    .locator('tbody tr')
    .filter({ has: page.locator(`a[href="${href}"]`) })
    .first();
  await expect(doneRow).toContainText('已跟进');
  await expect(doneRow).toContainText('跟进：已联系家属，本周陪同就医');

  // The resident's page lists the visit under 探访.
  await page.goto(href);
  const card = page.getByTestId('resident-visits');
  await expect(card).toContainText(FINDINGS);
  await expect(card).toContainText('按时');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'visits-resident-card');
  // …and in the timeline of services received, by visitor and with its follow-up, without the findings.
  const services = page.getByTestId('resident-services');
  const entry = services.getByTestId('service-visit').first();
  await expect(entry).toContainText('上门探访');
  await expect(entry).toContainText('已跟进');
  await expect(services).not.toContainText(FINDINGS);
  await services.scrollIntoViewIfNeeded();
  await screenshot(page, 'visits-resident-timeline');

  // A phone: the overdue list fits 390 px.
  await page.setViewportSize(PHONE);
  await page.goto('/visits');
  await expect(page.locator('[data-testid^="overdue-grid-"]').first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'visits-overdue-mobile');
});

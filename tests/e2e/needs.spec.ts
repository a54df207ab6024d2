import { expect, type Page, test } from '@playwright/test';
import {
  confirmDialog,
  DESKTOP,
  expectHome,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 需求清单 end to end: 园山's social worker raises a need (what she saw on her rounds), accepts it and
// resolves it with the result; the list's counts follow, and the need's thread shows each step. The list
// and a need's page are pictured on a desk and on a phone.

const summary = async (page: Page, key: string) =>
  Number(
    (
      await page.getByTestId(`needs-summary-${key}`).locator('.ant-statistic-content-value').innerText()
    ).replace(/\D/g, ''),
  );

test('a social worker raises, accepts and resolves a need, and the list counts follow', async ({ page }) => {
  // A long journey on a machine shared with other builds.
  test.setTimeout(240_000);
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'yuanshan.sw');
  await expectHome(page);
  await page.goto('/needs');
  await expect(page.getByRole('heading', { name: '需求清单' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  const total = await summary(page, 'total');
  const resolved = await summary(page, 'resolved');
  expect(total).toBeGreaterThan(0);
  await screenshot(page, 'needs-list-desktop');

  const title = `活动室空调漏水-${Date.now() % 100000}`;
  await page.getByRole('button', { name: '新增需求' }).click();
  const dialog = page.getByRole('dialog');
  await formItem(dialog, '需求标题').locator('input').fill(title);
  await formItem(dialog, '详细描述').locator('textarea').fill('二楼活动室空调滴水，老人下棋时地面湿滑。');
  await pickOption(page, formItem(dialog, '类别'), '设施配套');
  await pickOption(page, formItem(dialog, '服务对象'), '老年人');
  await pickOption(page, formItem(dialog, '来源'), '工作人员发现');
  await screenshot(page, 'needs-new-desktop');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('need-status')).toHaveText('待受理');
  await page.getByTestId('need-accept').click();
  await confirmDialog(page.locator('.ant-modal-confirm'), /受\s*理/);
  await expect(page.getByTestId('need-status')).toHaveText('已受理');

  await page.getByTestId('need-resolve').click();
  const resolve = page.getByRole('dialog');
  await resolve.getByRole('button', { name: /确\s*认/ }).click();
  await expect(resolve.getByText('请填写办理结果')).toBeVisible();
  await formItem(resolve, '办理结果').locator('textarea').fill('物业已更换空调排水管，地面已铺防滑垫。');
  await resolve.getByRole('button', { name: /确\s*认/ }).click();
  await expect(page.getByTestId('need-status')).toHaveText('已办结');
  await expect(page.getByTestId('need-resolution')).toContainText('更换空调排水管');
  const thread = page.getByTestId('need-thread');
  for (const step of ['提出需求', '受理', '办结'])
    await expect(thread.getByText(step, { exact: true })).toBeVisible();
  await screenshot(page, 'needs-detail-desktop');

  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'needs-detail-phone');

  await page.setViewportSize(DESKTOP);
  await page.goto('/needs');
  // The counts show 0 until the list has loaded, which on a busy machine can take a while.
  await expect.poll(() => summary(page, 'total'), { timeout: 30_000 }).toBe(total + 1);
  await expect.poll(() => summary(page, 'resolved'), { timeout: 30_000 }).toBe(resolved + 1);
  await page.getByTestId('needs-status-resolved').click();
  await expect(page).toHaveURL(/status=resolved/);
  await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto('/needs');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'needs-list-phone');
});

test('a need moved by a meeting shows its whole thread, and a street sees 议事协商 figures per community', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'yuanshan.staff');
  await expectHome(page);
  await page.goto('/needs?status=inProgress');
  await page.getByRole('row').nth(1).getByRole('link').click();
  const thread = page.getByTestId('need-thread');
  await expect(thread.getByText('形成方案', { exact: true })).toBeVisible();
  await screenshot(page, 'needs-thread-desktop');

  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, 'jiangtou.admin');
  await expectHome(page);
  await page.goto('/service-figures');
  const card = page.getByTestId('deliberation-figures');
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('row').filter({ hasText: '园山社区' })).toBeVisible();
  expect(
    Number(
      await card
        .getByTestId('deliberation-figure-raised')
        .locator('.ant-statistic-content-value')
        .innerText(),
    ),
  ).toBeGreaterThan(0);
  await screenshot(page, 'needs-figures-desktop');
});

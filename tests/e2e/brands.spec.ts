import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, formItem, PHONE, pickOption, screenshot, signIn } from './support';

// 品牌管理 as 园山's staff: the street's brands come from above and cannot be removed here; a new brand
// is added, chosen in the activity form, and removed again after a confirmation.

const BRAND = `E2E品牌${Date.now().toString(36).slice(-4)}`;

test('staff keep their brand list and an activity can only choose from it', async ({ page }) => {
  await signIn(page, 'yuanshan.staff');
  await page.getByRole('menu').first().getByRole('menuitem', { name: '活动与小组' }).click();
  await page.getByRole('button', { name: '品牌管理' }).click();
  const dialog = page.getByRole('dialog', { name: '品牌管理' });
  const table = dialog.getByTestId('brands-table');
  const streetRow = table.getByRole('row').filter({ hasText: '一周一公益' });
  await expect(streetRow).toContainText('江头街道');
  await expect(streetRow).toContainText('上级设立');
  await expect(streetRow.getByRole('button')).toHaveCount(0);

  // An empty name is refused in the form; a name the street already keeps by the server.
  await dialog.getByRole('button', { name: /添\s*加/ }).click();
  await expect(dialog.getByText('请输入品牌名称')).toBeVisible();
  await dialog.getByPlaceholder('新品牌名称').fill('一周一公益');
  await dialog.getByRole('button', { name: /添\s*加/ }).click();
  await expect(dialog.getByText('品牌「一周一公益」已在本单位或上级单位的品牌列表中')).toBeVisible();
  await dialog.getByPlaceholder('新品牌名称').fill(BRAND);
  await dialog.getByRole('button', { name: /添\s*加/ }).click();
  await expect(table.getByRole('row').filter({ hasText: BRAND })).toContainText('园山社区');
  await screenshot(page, 'activities-brands');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The activity form offers it (and not 金尚's brands).
  await page.getByRole('button', { name: /新建活动/ }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新建活动' });
  await pickOption(page, formItem(drawer, '品牌'), BRAND);
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).not.toContainText(
    '童梦筑家园',
  );
  await expect(page.getByPlaceholder('新品牌名称')).toBeVisible();
  await screenshot(page, 'activities-brand-select');
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: /取\s*消/ }).click();
  await expect(drawer).toBeHidden();

  // Removed after a confirmation: gone from the list.
  // A click while the confirmation is still opening is lost: open it and confirm again until the
  // delete request has gone out.
  await page.getByRole('button', { name: '品牌管理' }).click();
  await expect(dialog).toBeVisible();
  const confirm = page.getByRole('tooltip').getByRole('button', { name: /删\s*除/ });
  let deleteSent = false;
  page.on('request', (r) => {
    if (r.method() === 'DELETE' && r.url().includes('/brands/')) deleteSent = true;
  });
  await expect(async () => {
    if (!deleteSent) {
      if (!(await confirm.isVisible())) await dialog.getByRole('button', { name: `删除 ${BRAND}` }).click();
      await confirm.click({ timeout: 2_000 });
    }
    expect(deleteSent).toBe(true);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(`已删除品牌「${BRAND}」`)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: BRAND })).toHaveCount(0);

  await page.setViewportSize(PHONE);
  await expect(table).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'activities-brands-phone');
});

import { expect, type Page, test } from '@playwright/test';
import {
  expectHomeRole,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 社区概况: 园山社区's staff sees what the community declares beside what the records count, edits a
// declared figure and sees the difference; a street admin reads the same page without an edit button.

const openProfile = async (page: Page) => {
  await page.getByRole('menu').first().getByRole('menuitem', { name: '社区概况' }).click();
  await expect(page.getByRole('heading', { name: '社区概况' })).toBeVisible();
  await expect(page.getByTestId('profile-comparison')).toBeVisible();
};

test('community staff compares declared and counted figures and edits the declared ones', async ({
  page,
}) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await openProfile(page);

  const unitField = page.locator('.ant-select').filter({ has: page.locator('#profile-unit') });
  await expect(unitField).toContainText('园山社区');
  await expect(page.getByTestId('compare-partyMembers-declared')).toHaveText(/^194/);
  await expect(page.getByTestId('profile-dual-registered')).toHaveText(/^230/);
  await expect(page.getByTestId('compare-hukou-counted')).toHaveText(/^5736/);
  await expect(page.getByTestId('compare-hukou-declared')).toHaveText(/^5736/);
  await expect(page.getByTestId('compare-hukou-same')).toBeVisible();
  await expect(page.getByTestId('profile-total')).toContainText('居住总人口近1.4万人');
  await expect(page.getByTestId('profile-party')).toContainText('网格党支部');
  await expect(page.getByTestId('profile-schools')).toContainText('公办幼儿园');
  await expect(page.getByTestId('profile-districts')).toContainText('联发欣悦里商圈');
  const countedPartyMembers = Number(
    (await page.getByTestId('compare-partyMembers-counted').innerText()).replace(/[^\d]/g, ''),
  );

  // 在册党员 declared 194 → 195: saved, and the tile now shows how far it is from the records.
  await page.getByTestId('profile-edit').click();
  const drawer = page.getByRole('dialog', { name: /编辑社区概况/ });
  await expect(drawer).toBeVisible();
  const partyMembers = formItem(drawer, '在册党员');
  await expect(partyMembers).toContainText(`台账数 ${countedPartyMembers}`);
  await expect(partyMembers.locator('input')).toHaveValue('194');
  await partyMembers.locator('input').fill('195');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('社区概况已保存')).toBeVisible();
  await expect(drawer).toBeHidden();

  await expect(page.getByTestId('compare-partyMembers-declared')).toHaveText(/^195/);
  const difference = 195 - countedPartyMembers;
  const tag = page.getByTestId('compare-partyMembers-difference');
  await expect(tag).toBeVisible();
  await expect(tag).toHaveText(`差 ${difference > 0 ? '+' : ''}${difference}`);
  await expect(page.getByTestId('profile-updated')).toContainText('最近更新：李秀梅');
  await expect(page.getByTestId('profile-dual-registered')).toHaveText(/^230/);

  // Saved on the server, not only in the cache.
  await page.reload();
  await expect(page.getByTestId('compare-partyMembers-declared')).toHaveText(/^195/);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'community-profile');

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(page.getByTestId('profile-comparison')).toBeVisible();
  await expect(page.getByTestId('compare-partyMembers-difference')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'community-profile-mobile');
});

test('a street admin reads community profiles without editing them', async ({ page }) => {
  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  await openProfile(page);
  await expect(page.getByTestId('profile-edit')).toHaveCount(0);

  const unitField = page.locator('.ant-select').filter({ has: page.locator('#profile-unit') });
  await pickOption(page, unitField, '园山社区');
  await expect(page).toHaveURL(/unit=/);
  await expect(page.getByTestId('profile-dual-registered')).toHaveText(/^230/);
  await expect(page.getByTestId('compare-hukou-counted')).toHaveText(/^5736/);
  await expect(page.getByTestId('profile-edit')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /编\s*辑/ })).toHaveCount(0);
});

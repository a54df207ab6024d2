import { expect as baseExpect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { confirmDialog, DESKTOP, expectNoHorizontalOverflow, PHONE, screenshot, signInAs } from './support';

// 便民信箱 end to end: on a phone 园山's resident 杨阿伯 (resident1) posts a suggestion with a photo,
// anonymous to other residents; 园山's staff finds it under 待处理 on the desktop, sees the author's
// name, and replies, publishing the reply; the phone then shows the reply under 我的建议 and, with the
// author hidden, under 公开答复. Every screen is photographed at both sizes.

// The machine is shared with other engineers' builds and servers: pages may take a while to load.
const expect = baseExpect.configure({ timeout: 30_000 });

const leave = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
};

// Both sizes, the phone size checked for sideways scrolling; ends at `end`.
const shoot = async (page: Page, name: string, end: typeof PHONE) => {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `suggestions-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `suggestions-${name}-phone`);
  await page.setViewportSize(end);
};

test('a resident posts a suggestion on the phone, staff reply, the resident sees the reply', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const title = `南门路灯不亮${Date.now() % 100000}`;
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a6fa5' } })
    .jpeg()
    .toBuffer();

  // The phone: the 便民信箱 tile, the empty-handed form refused in Chinese, then a real post.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m');
  await page.getByTestId('m-tile-suggestions').click();
  await expect(page).toHaveURL(/\/m\/suggestions$/);
  await expect(page.getByTestId('my-suggestion').first()).toBeVisible();
  await shoot(page, 'mine', PHONE);
  await page.getByRole('button', { name: '我要提建议' }).click();
  await expect(page).toHaveURL(/\/m\/suggestions\/new$/);
  await page.getByRole('button', { name: '提交建议' }).click();
  await expect(page.getByText('请填写标题（至少2个字）')).toBeVisible();
  await shoot(page, 'new-errors', PHONE);
  await page.getByPlaceholder('一句话说明您的建议').fill(title);
  await page
    .getByPlaceholder('请写明具体情况和您的建议')
    .fill('南门进来第二盏路灯不亮，晚上老人出门看不清台阶。');
  await page.getByRole('switch', { name: '对其他居民匿名' }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lamp.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.locator('.adm-image-uploader-cell-image')).toHaveCount(1);
  await shoot(page, 'new', PHONE);
  await page.getByRole('button', { name: '提交建议' }).click();
  await expect(page).toHaveURL(/\/m\/suggestions$/);
  const mine = page.getByTestId('my-suggestion').filter({ hasText: title });
  await expect(mine).toContainText('待处理');
  await expect(mine).toContainText('对其他居民匿名');
  await mine.getByTestId('suggestion-photo').click();
  await expect(page.locator('.adm-image-viewer-content')).toBeVisible();
  await screenshot(page, 'suggestions-photo-large-phone');
  await page.keyboard.press('Escape');
  await page.goto('/m/suggestions');
  await leave(page);

  // The desktop: 待处理 holds it; the author is named to staff; the reply is published.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'yuanshan.staff');
  await page.goto('/suggestions');
  await expect(page.getByRole('tab', { name: /待处理/ })).toBeVisible();
  await page.getByRole('tab', { name: /待处理/ }).click();
  await expect(page).toHaveURL(/status=submitted/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await shoot(page, 'list', DESKTOP);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('suggestion-author')).toHaveText('杨阿伯');
  await shoot(page, 'detail', DESKTOP);
  await page.getByRole('button', { name: /^答\s*复$/ }).click();
  const dialog = page.getByRole('dialog', { name: '答复居民' });
  await dialog.getByLabel('答复内容').fill('物业已于今天更换南门路灯，感谢您的反映。');
  await dialog.getByRole('checkbox').check();
  await screenshot(page, 'suggestions-reply-desktop');
  await confirmDialog(dialog, /答\s*复/);
  await expect(page.getByTestId('suggestion-reply')).toHaveText('物业已于今天更换南门路灯，感谢您的反映。');
  await expect(page.getByText('已向本社区居民公开')).toBeVisible();
  await shoot(page, 'replied', DESKTOP);
  await leave(page);

  // The phone again: the reply under 我的建议, and under 公开答复 with the author hidden.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m/suggestions');
  const answered = page.getByTestId('my-suggestion').filter({ hasText: title });
  await expect(answered.getByTestId('my-suggestion-reply')).toHaveText(
    '物业已于今天更换南门路灯，感谢您的反映。',
  );
  await expect(answered).toContainText('已答复');
  await answered.scrollIntoViewIfNeeded();
  await shoot(page, 'answered', PHONE);
  await page.getByRole('tab', { name: '公开答复' }).click();
  const shown = page.getByTestId('public-reply').filter({ hasText: title });
  await expect(shown).toContainText('我 的建议');
  await expect(page.getByTestId('public-reply').first()).toBeVisible();
  await shoot(page, 'public', PHONE);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { DESKTOP, expectHomeRole, expectNoHorizontalOverflow, PHONE, screenshot, signIn } from './support';

// 活动照片: 园山's staff open a held activity, drop two photos (a PNG and a phone JPEG), see their
// thumbnails, open the large version, caption one, and delete the other after confirming.

const ACTIVITY = '幸福驿站·长者重阳茶话会';

let folder: string;
const photos: Record<'png' | 'jpeg' | 'text', string> = { png: '', jpeg: '', text: '' };

test.beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jinlin-photos-'));
  photos.png = path.join(folder, '茶话会合影.png');
  photos.jpeg = path.join(folder, 'IMG_0001.jpg');
  photos.text = path.join(folder, '签到表.jpg.txt');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#e67e22' } })
    .png()
    .toFile(photos.png);
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2980b9' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(photos.jpeg);
  fs.writeFileSync(photos.text, '这不是照片');
});
test.afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const openPhotosTab = async (page: Page): Promise<void> => {
  await page.goto('/activities');
  await page.getByRole('link', { name: ACTIVITY }).first().click();
  await expect(page.getByTestId('activity-title')).toHaveText(ACTIVITY);
  await page.getByRole('tab', { name: /^照片/ }).click();
  await expect(page).toHaveURL(/tab=photos/);
};

const cards = (page: Page) => page.getByTestId('activity-photo');

test('staff upload two photos, preview one and delete the other', async ({ page }) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  await openPhotosTab(page);
  await expect(page.getByText('还没有照片')).toBeVisible();
  const input = page.locator('.ant-upload input[type=file]');

  // A file that is not a photo is stopped in the browser, with the reason.
  await input.setInputFiles(photos.text);
  await expect(page.getByText('签到表.jpg.txt 不是 JPEG、PNG 或 WebP 图片')).toBeVisible();
  await expect(cards(page)).toHaveCount(0);

  await input.setInputFiles([photos.png, photos.jpeg]);
  await expect(page.getByText('已上传 2 张照片')).toBeVisible();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByRole('tab', { name: '照片（2）' })).toBeVisible();
  // The thumbnails load through the session cookie alone, as an <img> asks.
  for (const img of await cards(page).locator('img').all()) {
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(320);
  }

  await cards(page).first().getByRole('button', { name: '编辑说明' }).click();
  await page.keyboard.type('长者们在茶话会上合影');
  await page.keyboard.press('Enter');
  await expect(page.getByText('说明已保存')).toBeVisible();
  await expect(cards(page).first()).toContainText('长者们在茶话会上合影');

  await page.setViewportSize(DESKTOP);
  // The toasts fade first, so the picture shows the tab itself.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await screenshot(page, 'activities-photos');
  await expectNoHorizontalOverflow(page);

  await cards(page).first().locator('img').click();
  const preview = page.locator('.ant-image-preview img').first();
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('src', /\/large\?membership=/);
  await expect
    .poll(() => preview.evaluate((el) => (el as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(320);
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-image-preview')).toBeHidden();

  await cards(page).nth(1).getByRole('button', { name: '删除照片' }).click();
  await expect(page.getByText('删除这张照片？')).toBeVisible();
  await page.getByRole('button', { name: '删 除' }).click();
  await expect(page.getByText('照片已删除')).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole('tab', { name: '照片（1）' })).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await screenshot(page, 'm-activities-photos');
  await expectNoHorizontalOverflow(page);
});

import { type Browser, expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import {
  confirmDialog,
  DESKTOP,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  screenshot,
  signIn,
} from './support';

// 积分与友邻超市 end to end: volunteer1 (周美玲, 园山) sees her points on a phone, redeems an item of the
// demo shop and sees it held; 园山's social worker confirms the pick-up at the desk; her balance is then
// lower by the price and the redemption shows as collected. An item she cannot afford is refused with
// the server's Chinese message. Every screen is photographed at desktop and phone size.

const PRICEY = `E2E 高价物品 ${Date.now().toString(36)}`;

const phonePage = async (browser: Browser, baseURL: string | undefined): Promise<Page> => {
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return context.newPage();
};

const figure = async (page: Page, testId: string): Promise<number> => {
  const text = await page.getByTestId(testId).innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

// The same desktop page also laid out at phone width, both photographed, then back to desktop.
const bothSizes = async (page: Page, name: string): Promise<void> => {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
};

const menu = (page: Page) => page.getByRole('menu').first();

test.describe
  .serial('points and the points shop', () => {
    test.setTimeout(300_000);

    test('a volunteer redeems on the phone, the desk hands it over, the points go down', async ({
      page,
      browser,
      baseURL,
    }) => {
      // Staff: the shelf, with one item nobody can afford, added through the form.
      await signIn(page, 'yuanshan.sw');
      await menu(page).getByRole('menuitem', { name: '友邻超市' }).click();
      await expect(page.getByRole('heading', { name: '友邻超市' })).toBeVisible();
      await expect(page.getByRole('tabpanel').locator('.ant-table-row').first()).toBeVisible();
      await bothSizes(page, 'shop-items');

      await page.getByRole('button', { name: '新增物品' }).click();
      const form = page.getByRole('dialog', { name: '新增物品' });
      await formItem(form, '名称').locator('input').fill(PRICEY);
      await formItem(form, '捐赠商家').locator('input').fill('园山便利店');
      await formItem(form, '价值（元）').locator('input').fill('30');
      await formItem(form, '所需积分').locator('input').fill('999999');
      await formItem(form, '上架数量').locator('input').fill('1');
      await screenshot(page, 'shop-item-form-desktop');
      await form.getByRole('button', { name: /保\s*存/ }).click();
      await expect(form).toBeHidden();
      await expect(page.getByText(PRICEY)).toBeVisible();

      // Its photo, chosen from the row's menu, then shown on the shelf.
      const priceyRow = page.getByRole('row').filter({ hasText: PRICEY });
      await priceyRow.getByRole('button', { name: '更多' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('menuitem', { name: '上传照片' }).click();
      const picture = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#fa8c16' } })
        .png()
        .toBuffer();
      await (await chooser).setFiles({ name: '礼品.png', mimeType: 'image/png', buffer: picture });
      await expect(page.getByText('照片已保存')).toBeVisible();
      await expect(priceyRow.getByRole('img', { name: PRICEY })).toBeVisible();

      // The other tabs and the counter, at both sizes.
      await page.getByRole('tab', { name: '兑换记录' }).click();
      await expect(page.getByRole('tabpanel').locator('.ant-table-row').first()).toBeVisible();
      await bothSizes(page, 'shop-redemptions');
      await page.getByRole('tab', { name: '盘点记录' }).click();
      await expect(page.getByRole('tabpanel').locator('.ant-table-row').first()).toBeVisible();
      await bothSizes(page, 'shop-stock-takes');
      await page.getByRole('button', { name: '柜台兑换' }).click();
      const counter = page.getByRole('dialog', { name: '柜台兑换' });
      await expect(counter).toBeVisible();
      await screenshot(page, 'shop-counter-desktop');
      await counter.getByRole('button', { name: /取\s*消/ }).click();
      await expect(counter).toBeHidden();

      // Points: the accounts, one ledger and the rule.
      await menu(page).getByRole('menuitem', { name: '积分' }).click();
      await expect(page.getByRole('heading', { name: '积分' })).toBeVisible();
      await expect(page.getByRole('cell', { name: '周美玲' })).toBeVisible();
      await bothSizes(page, 'points-accounts');
      await page.getByRole('cell', { name: '周美玲' }).click();
      await expect(page.getByTestId('ledger-volunteer')).toHaveText('周美玲');
      await expect(page.locator('.ant-table-row').first()).toBeVisible();
      await bothSizes(page, 'points-ledger');
      await page.goto('/points?tab=rules');
      await expect(page.getByText('历史版本')).toBeVisible();
      await bothSizes(page, 'points-rules');

      // Volunteer on the phone: her points, then the shop.
      const phone = await phonePage(browser, baseURL);
      await signIn(phone, 'volunteer1');
      await expect(phone).not.toHaveURL(/sign-in/);
      await phone.goto('/m');
      await expect(phone.getByTestId('m-greeting')).toBeVisible();
      await phone.getByTestId('m-tile-points').click();
      await expect(phone.getByTestId('m-points-available')).toBeVisible();
      const balanceBefore = await figure(phone, 'm-points-balance');
      const heldBefore = await figure(phone, 'm-points-held');
      const available = await figure(phone, 'm-points-available');
      expect(balanceBefore).toBeGreaterThan(0);
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'points-mobile');

      await phone.goto('/m/shop');
      await expect(phone.getByTestId('m-shop-item').first()).toBeVisible();
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'shop-mobile-items');

      // Too dear: the server refuses with its own Chinese words, and nothing is held.
      const pricey = phone.getByTestId('m-shop-item').filter({ hasText: PRICEY });
      await pricey.getByRole('button', { name: '兑换' }).click();
      const sheet = phone.getByTestId('m-redeem-sheet');
      await expect(sheet).toBeVisible();
      await sheet.getByRole('button', { name: '确认兑换' }).click();
      await expect(phone.locator('.adm-toast-main')).toContainText('积分');
      await screenshot(phone, 'shop-mobile-refused');
      await phone
        .locator('.adm-mask')
        .first()
        .click({ position: { x: 10, y: 10 } });
      await expect(sheet).toBeHidden();

      // An affordable demo item: the cheapest one still in stock that is not ours.
      const cards = phone
        .getByTestId('m-shop-item')
        .filter({ hasNotText: PRICEY })
        .filter({ hasNotText: '已兑完' });
      const prices = await cards.evaluateAll((nodes) =>
        nodes.map((node) => Number((node.textContent ?? '').match(/(\d+) 积分/)?.[1] ?? '0')),
      );
      const price = Math.min(...prices);
      expect(price).toBeLessThanOrEqual(available);
      const card = cards.nth(prices.indexOf(price));
      const itemName = (await card.getByTestId('m-shop-item-name').innerText()).trim();
      await card.getByRole('button', { name: '兑换' }).click();
      await expect(sheet).toBeVisible();
      await expect(phone.getByTestId('m-redeem-summary')).toContainText(`将冻结 ${price} 积分`);
      await screenshot(phone, 'shop-mobile-confirm');
      await sheet.getByRole('button', { name: '确认兑换' }).click();
      await expect(sheet).toBeHidden();
      const mine = phone.getByTestId('m-redemption').filter({ hasText: itemName }).first();
      await expect(mine.getByTestId('m-redemption-status')).toHaveText('待领取');
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'shop-mobile-mine');

      await phone.goto('/m/points');
      await expect.poll(() => figure(phone, 'm-points-held')).toBe(heldBefore + price);
      expect(await figure(phone, 'm-points-balance')).toBe(balanceBefore);

      // Staff confirm the pick-up.
      await page.goto('/shop?tab=redemptions');
      const row = page.getByRole('row').filter({ hasText: '周美玲' }).filter({ hasText: itemName }).first();
      await expect(row).toBeVisible();
      await row.getByRole('button', { name: '确认领取' }).click();
      await confirmDialog(page.locator('.ant-modal-confirm'), /确认领取/);
      await expect(page.getByText('已确认领取，积分已扣除')).toBeVisible();

      // The volunteer's balance is lower by the price, and the redemption is collected.
      await phone.reload();
      await expect.poll(() => figure(phone, 'm-points-balance')).toBe(balanceBefore - price);
      expect(await figure(phone, 'm-points-held')).toBe(heldBefore);
      await expect(phone.getByTestId('m-ledger-entry').first()).toContainText('兑换物品扣除');
      await screenshot(phone, 'points-mobile-after');
      await phone.goto('/m/shop?tab=mine');
      await expect(
        phone
          .getByTestId('m-redemption')
          .filter({ hasText: itemName })
          .first()
          .getByTestId('m-redemption-status'),
      ).toHaveText('已领取');
      await screenshot(phone, 'shop-mobile-collected');
      await phone.context().close();
    });
  });

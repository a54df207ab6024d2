import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  expectHomeRole,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 服务项目 end to end: 园山's staff set up a project, an activity chooses it, and 服务统计 filtered by
// the project counts that activity. Then a street admin's view of the list and the form on a phone.

const suffix = Date.now().toString(36);
const PROJECT = `E2E 园山长者服务项目 ${suffix}`;
const ACTIVITY = `E2E 项目内活动 ${suffix}`;
const JINLIN = '厦门市湖里区近邻社会工作服务中心';
const DEMO_PROJECT = '三维发力助力幸福‘园’满——园山社区多元联盟协同治理项目（第一期）';

// Beijing wall-clock "YYYY-MM-DD HH:mm" of an instant, as the pickers take it.
const beijing = (instant: Date): string => {
  const iso = new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};

const menu = (page: Page) => page.getByRole('menu').first();

const fillRange = async (range: Locator, from: string, to: string): Promise<void> => {
  const inputs = range.locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill(to);
  await inputs.nth(1).press('Enter');
  await expect(inputs.nth(1)).toHaveValue(to);
};

// A filter's Select, found by its aria-label (filters have no form label).
const selectLabelled = (page: Page, label: string): Locator =>
  page.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });

const statisticNumber = async (scope: Locator): Promise<number> => {
  const text = await scope.locator('.ant-statistic-content-value').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

test.describe
  .serial('projects', () => {
    test.setTimeout(180_000);

    test('staff set up a project, an activity chooses it, and the figures count it per project', async ({
      page,
    }) => {
      await signIn(page, 'yuanshan.staff');
      await menu(page).getByRole('menuitem', { name: '服务项目' }).click();
      await expect(page.getByRole('heading', { name: '服务项目' })).toBeVisible();
      const demo = page.getByRole('row').filter({ hasText: '园山社区多元联盟协同治理项目' });
      await expect(demo).toContainText('执行中');
      await expect(demo).toContainText('250,000 元');
      await screenshot(page, 'projects-list');

      // 新建项目: a refused period first (end before start), then the real one.
      await page
        .getByRole('button', { name: /新建项目/ })
        .first()
        .click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByText('新建项目')).toBeVisible();
      await screenshot(page, 'projects-drawer');
      await drawer.getByLabel('项目名称').fill(PROJECT);
      await pickOption(page, formItem(drawer, '承接机构'), JINLIN);
      await fillRange(formItem(drawer, '服务期限').locator('.ant-picker-range'), '2026-10-01', '2027-09-30');
      await formItem(drawer, '项目经费').locator('input').fill('180000');
      await formItem(drawer, '第几年项目').locator('input').fill('2');
      await drawer.getByText('单项', { exact: true }).click();
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await expect(drawer).toBeHidden();
      const created = page.getByRole('row').filter({ hasText: PROJECT });
      await expect(created).toContainText('180,000 元');
      await expect(created).toContainText('第2年 · 单项');
      await expect(created).toContainText('2026-10-01');
      await expect(created).toContainText('至 2027-09-30');

      // Search narrows the list to the new project.
      await page.getByLabel('按项目名称搜索').fill(suffix);
      await page.getByLabel('按项目名称搜索').press('Enter');
      await expect(page.getByRole('row').filter({ hasText: '园山社区多元联盟协同治理项目' })).toHaveCount(0);
      await expect(created).toBeVisible();

      // 活动与小组 → 新建活动 in the project; its one session started half an hour ago, so it counts.
      const now = Date.now();
      await menu(page).getByRole('menuitem', { name: '活动与小组' }).click();
      await page.getByRole('button', { name: /新建活动/ }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('活动名称').fill(ACTIVITY);
      await pickOption(page, formItem(form, '所属项目'), PROJECT);
      const ranges = form.locator('.ant-picker-range');
      await fillRange(
        ranges.nth(0),
        beijing(new Date(now - 30 * 60_000)),
        beijing(new Date(now + 60 * 60_000)),
      );
      // Sign-up ran until the session began (it may not run past it).
      await fillRange(
        ranges.nth(1),
        beijing(new Date(now - 120 * 60_000)),
        beijing(new Date(now - 30 * 60_000)),
      );
      await screenshot(page, 'activities-create-project');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await expect(page.getByTestId('activity-title')).toHaveText(ACTIVITY);
      await expect(page.getByText(PROJECT)).toBeVisible();
      await page.getByRole('button', { name: /发\s*布/ }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '发布后居民即可在手机上报名' });
      await confirm.getByRole('button', { name: /发\s*布/ }).click();
      await expect(page.getByTestId('activity-status').first()).toHaveText('已发布');

      // 服务统计 for the project: this one activity, and none of the unit's casework.
      await menu(page).getByRole('menuitem', { name: '服务统计' }).click();
      await expect(page.getByRole('heading', { name: '服务统计' })).toBeVisible();
      const held = page.getByTestId('figure-activitiesHeld');
      await expect(held).toBeVisible();
      const wholeUnit = await statisticNumber(held);
      const visits = page.getByTestId('figure-visitsMade');
      const unitVisits = await statisticNumber(visits);
      await pickOption(page, selectLabelled(page, '全部项目'), PROJECT);
      await expect.poll(() => statisticNumber(held)).toBe(1);
      expect(wholeUnit).toBeGreaterThan(1);
      await expect.poll(() => statisticNumber(visits)).toBe(0);
      await expect.poll(() => statisticNumber(page.getByTestId('figure-casesOpened'))).toBe(0);
      // 园山's running project holds the demo world's cases and home visits.
      await pickOption(page, selectLabelled(page, '全部项目'), DEMO_PROJECT);
      await expect.poll(() => statisticNumber(visits)).toBeGreaterThan(0);
      expect(await statisticNumber(visits)).toBeLessThanOrEqual(unitVisits);
      await expect.poll(() => statisticNumber(page.getByTestId('figure-casesOpened'))).toBeGreaterThan(0);
      await screenshot(page, 'service-figures-project');
    });

    test('a street admin filters the projects of its communities', async ({ page }) => {
      await signIn(page, 'jiangtou.admin');
      await expectHomeRole(page, '街道管理员');
      await page.goto('/projects');
      await expect(page.getByRole('heading', { name: '服务项目' })).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: '金尚社区' })).toHaveCount(2);
      await pickOption(page, selectLabelled(page, '状态'), '已结束');
      await expect(page.getByRole('row').filter({ hasText: '（第一期）' })).toHaveCount(1);
      await expect(page.getByRole('row').filter({ hasText: '执行中' })).toHaveCount(0);
      await screenshot(page, 'projects-list-street');
    });
  });

test.describe('projects on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('the list and the form fit a phone screen', async ({ page }) => {
    await signIn(page, 'jiangtou.admin');
    await expectHomeRole(page, '街道管理员');
    await page.goto('/projects');
    await expect(page.getByRole('row').filter({ hasText: '园山社区多元联盟协同治理项目' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'projects-list-phone');
    await page
      .getByRole('button', { name: /新建项目/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByLabel('项目名称')).toBeVisible();
    // Saving an empty form names every missing field in Chinese.
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(drawer.getByText('请填写项目名称')).toBeVisible();
    await expect(drawer.getByText('请选择承接机构')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'projects-drawer-phone');
  });
});

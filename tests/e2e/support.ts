import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Jinlin@2025';

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

const SCREENSHOT_DIR = path.resolve('tests', 'screenshots');

export const screenshot = async (page: Page, name: string): Promise<void> => {
  // Let antd's enter animations and web fonts settle so the picture shows the finished layout.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
};

export const signIn = async (page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto('/sign-in');
  await page.getByLabel('用户名或手机号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
};

// The first page after sign-in loads the shell and the home: on a machine also running the database
// suites (`npm test` runs them side by side) that can take longer than a click's usual wait.
export const expectHomeRole = async (page: Page, role: string): Promise<void> => {
  await expect(page.getByTestId('home-role')).toHaveText(role, { timeout: 30_000 });
};

export const expectHome = async (page: Page): Promise<void> => {
  await expect(page.getByTestId('home-role')).toBeVisible({ timeout: 30_000 });
};

// A dropdown menu opens with an animation, and a click that lands mid-animation is lost: open it and
// pick again until the pick's effect shows — a locator that becomes visible, or a promise (such as a
// download) started just before each click, whose value is returned.
export async function pickMenuItem(page: Page, trigger: Locator, item: string, until: Locator): Promise<void>;
export async function pickMenuItem<T>(
  page: Page,
  trigger: Locator,
  item: string,
  until: () => Promise<T>,
): Promise<T>;
export async function pickMenuItem<T>(
  page: Page,
  trigger: Locator,
  item: string,
  until: Locator | (() => Promise<T>),
): Promise<T | undefined> {
  const entry = page.getByRole('menuitem', { name: item });
  let result: T | undefined;
  await expect(async () => {
    // A pick that took effect after the last try gave up (a slow page) is done: its menu is gone.
    if (typeof until !== 'function' && (await until.isVisible())) return;
    if (!(await entry.isVisible())) await trigger.click({ timeout: 3000 });
    if (typeof until === 'function') {
      const effect = until();
      await entry.click({ timeout: 3000 });
      result = await effect;
    } else {
      await entry.click({ timeout: 3000 });
      await expect(until).toBeVisible({ timeout: 3000 });
    }
  }).toPass({ timeout: 30_000 });
  return result;
}

// A confirm dialog's button clicked while the dialog still zooms in can lose the click: click it until the
// dialog has closed (confirming twice changes nothing more).
export const confirmDialog = async (dialog: Locator, button: RegExp): Promise<void> => {
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: button }).click({ timeout: 3000 });
    await expect(dialog).toBeHidden({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
};

export const signOut = async (page: Page): Promise<void> => {
  await pickMenuItem(page, page.getByTestId('user-menu'), '退出登录', page.getByLabel('用户名或手机号'));
  await expect(page).toHaveURL(/\/sign-in/);
};

// Nothing may stick out sideways: the page must not scroll horizontally.
// Polled: right after a viewport change the page (and an open dialog) may still be laid out for the old width.
export const expectNoHorizontalOverflow = async (page: Page): Promise<void> => {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
};

// The form item (label + control) whose label reads exactly `label`.
export const formItem = (scope: Locator, label: string): Locator =>
  scope.locator('.ant-form-item').filter({ has: scope.page().locator(`label[title="${label}"]`) });

const openDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

// antd's Select is not a <select>: open it, click the option, and check that the field now shows it.
// The open animation can swallow a click on a busy machine, so the whole step is retried. The list
// renders only the options in view: for a long list, pass `search` to narrow it by typing first.
export const pickOption = async (
  page: Page,
  field: Locator,
  title: string,
  search?: string,
): Promise<void> => {
  const option = page.locator(`${openDropdown} .ant-select-item-option[title="${title}"]`);
  await expect(async () => {
    if (!(await option.isVisible())) {
      await field.locator('.ant-select').first().or(field).first().click();
      if (search) await field.locator('input').first().fill(search);
    }
    await option.click({ timeout: 2_000 });
    await expect(field).toContainText(title, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
};

// The same for a TreeSelect: type to filter, then click the node whose title starts with `name`.
export const pickTreeNode = async (
  page: Page,
  field: Locator,
  search: string,
  name: string,
): Promise<void> => {
  const node = page.locator(`${openDropdown} .ant-select-tree-title`).filter({ hasText: name }).first();
  await expect(async () => {
    if (!(await node.isVisible())) {
      await field.locator('.ant-select').first().click();
      await field.locator('input').first().fill(search);
    }
    await node.click({ timeout: 2_000 });
    await expect(field).toContainText(name, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
};

/**
 * Signs in and waits until the landing page has shown, wherever the role lands: the desk's home or the
 * phone pages (/m loads as a page of its own, and a navigation started before it has will be interrupted).
 */
export const signInAs = async (page: Page, username: string): Promise<void> => {
  await signIn(page, username);
  await expect(page.getByTestId('home-role').or(page.getByTestId('mobile-shell'))).toBeVisible({
    timeout: 30_000,
  });
};

/** `datetime-local` value an hour ago in the journeys' time zone (Asia/Shanghai), as the form reads it. */
export const anHourAgo = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(Date.now() - 3600_000))
    .replace(' ', 'T');

/** The date `days` from today in Asia/Shanghai, as a date input reads it. */
export const inDays = (days: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

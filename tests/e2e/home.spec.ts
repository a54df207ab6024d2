import { expect, type Page, test } from '@playwright/test';
import { expectHomeRole, expectNoHorizontalOverflow, PHONE, screenshot, signIn } from './support';

// Each role's home says what to do today, and each line opens its list already filtered: a social
// worker's overdue visits by grid and cases awaiting a step, community staff's consents and profile
// gaps, a street's year per community with its projects.

const todoLine = (page: Page, text: RegExp) => page.getByTestId('home-todo-item').filter({ hasText: text });

test('a social worker’s overdue visits by grid and cases awaiting a step open their lists', async ({
  page,
}) => {
  await signIn(page, 'yuanshan.sw');
  await expectHomeRole(page, '社工');
  const overdue = todoLine(page, /人逾期未探访/);
  await expect(overdue).toBeVisible();
  // A part per grid: its name, then how many are overdue there.
  const part = overdue.getByTestId('home-todo-part').first();
  const grid = (await part.locator('span').first().innerText()).trim();
  const count = Number(await part.locator('span').last().innerText());
  await expect(todoLine(page, /个在办个案超过 14 天未记录/)).toBeVisible();
  await screenshot(page, 'home-social-worker');

  await part.click();
  await expect(page).toHaveURL(/\/visits\?tab=overdue&grid=/);
  // Only that grid's card, with as many people as the line said.
  const cards = page.locator('[data-testid^="overdue-grid-"]');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute('data-testid', `overdue-grid-${grid}`);
  await expect(cards.first().locator('tbody tr')).toHaveCount(count);

  await page.goBack();
  await todoLine(page, /个在办个案超过 14 天未记录/)
    .getByTestId('home-todo-link')
    .click();
  await expect(page).toHaveURL(/\/cases\?waiting=true/);
  await expect(page.getByRole('checkbox', { name: '只看待跟进' })).toBeChecked();
  await expect(page.getByText(/共 \d+ 个/)).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(todoLine(page, /人逾期未探访/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'home-social-worker-phone');
});

test('community staff see consents missing and the profile’s gaps, each opening its page', async ({
  page,
}) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  const consents = todoLine(page, /位使用手机服务的居民缺少授权同意/);
  await expect(consents).toBeVisible();
  const missing = Number((await consents.innerText()).match(/\d+/)?.[0]);
  await expect(todoLine(page, /项社区概况未填报/)).toBeVisible();
  await screenshot(page, 'home-community-staff');

  await consents.getByTestId('home-todo-link').click();
  await expect(page).toHaveURL(/\/residents\?attention=consentMissing/);
  await expect(page.getByTestId('residents-attention')).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(missing);
  await page.getByRole('button', { name: '查看全部居民' }).click();
  await expect(page.getByTestId('residents-attention')).toHaveCount(0);

  await page.goto('/');
  await todoLine(page, /项社区概况未填报/)
    .getByTestId('home-todo-link')
    .click();
  await expect(page).toHaveURL(/\/community-profile/);

  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(todoLine(page, /项社区概况未填报/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'home-community-staff-phone');
});

test('a street sees this year per community, overdue visits and its projects, each opening its figures', async ({
  page,
}) => {
  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  const card = page.getByTestId('home-figures');
  await expect(card).toContainText(/\d{4}年服务概况/);
  const yuanshan = card.locator('tr', { hasText: '园山社区' });
  await expect(yuanshan).toBeVisible();
  await expect(card.getByTestId('home-figures-project').first()).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'home-street-admin');

  await card.getByTestId('home-figures-project').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'home-street-admin-projects');

  await yuanshan.getByRole('link', { name: '园山社区' }).click();
  await expect(page).toHaveURL(/\/service-figures\?orgUnitId=/);
  await expect(page.getByRole('heading', { name: '服务统计' })).toBeVisible();

  await page.goto('/');
  const project = page.getByTestId('home-figures-project').first();
  await project.click();
  await expect(page).toHaveURL(/\/service-figures\?projectId=/);

  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(page.getByTestId('home-figures-unit').first()).toBeVisible();
  await page.getByTestId('home-figures').scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'home-street-admin-phone');
});

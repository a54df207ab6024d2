import { expect, type Page, test } from '@playwright/test';
import { expectHomeRole, expectNoHorizontalOverflow, PHONE, screenshot, signIn } from './support';

// 登记变更待核: a social worker proposes a change on a resident's page, a resident proposes a new room
// on the phone, and community staff open the home line's list and approve or return them.

const todoLine = (page: Page) => page.getByTestId('home-todo-item').filter({ hasText: /条登记变更待核/ });

test('a social worker proposes a change on a resident’s page; it waits for staff', async ({ page }) => {
  await signIn(page, 'yuanshan.sw');
  await expectHomeRole(page, '社工');
  // An older resident: the social worker's usual visit.
  await page.goto('/residents?ageBand=age60plus');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  const card = page.getByTestId('resident-changes');
  await card.getByRole('button', { name: '提出变更' }).click();
  const dialog = page.getByRole('dialog', { name: '提出登记变更' });
  await dialog.getByLabel('新联系电话').fill('13800135246');
  await dialog.getByLabel('新门牌').fill('8号楼1203');
  await dialog.getByLabel('说明').fill('入户走访时居民告知已换号并搬到8号楼');
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByText('已提交，等待社区工作人员核实')).toBeVisible();
  const proposed = card.getByTestId('registry-change').first();
  await expect(proposed).toContainText('待核');
  await expect(proposed.getByTestId('change-line-mobile')).toContainText('138****5246');
  await expect(proposed.getByTestId('change-line-room')).toContainText('8号楼1***');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'registry-change-proposed');
});

test('a resident tells the community of a new room on the phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'resident1');
  await page.waitForURL(/\/m/);
  await page.goto('/m/me');
  await page.getByTestId('m-me-registry-changes').click();
  await expect(page.getByTestId('my-registry')).toBeVisible();
  await page.getByLabel('新门牌').fill('6号楼701');
  await page.getByLabel('说明').fill('已搬到同小区6号楼');
  await page.getByRole('button', { name: '提交给社区' }).click();
  await expect(page.getByText('已提交，社区核实后会通知您')).toBeVisible();
  const mine = page.getByTestId('my-registry-change').first();
  await expect(mine).toContainText('待核');
  await expect(mine).toContainText('6号楼***');
  await expect(page.getByText('已提交，社区核实后会通知您')).toBeHidden();
  await mine.scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'm-registry-change');
});

test('community staff open 登记变更待核 from home, approve one and return one with a reason', async ({
  page,
}) => {
  await signIn(page, 'yuanshan.staff');
  await expectHomeRole(page, '社区工作人员');
  const line = todoLine(page);
  await expect(line).toBeVisible();
  const waiting = Number((await line.innerText()).match(/\d+/)?.[0]);
  // The demo world's two, the social worker's and the resident's.
  expect(waiting).toBeGreaterThanOrEqual(4);
  await line.getByTestId('home-todo-link').click();
  await expect(page).toHaveURL(/\/residents\/changes/);
  const cards = page.getByTestId('registry-change');
  await expect(cards).toHaveCount(waiting);
  await screenshot(page, 'registry-changes-list');

  const moved = cards.filter({ hasText: '入户走访发现已搬离' });
  await moved.getByRole('button', { name: /通\s*过/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /通\s*过/ })
    .click();
  await expect(page.getByText('已通过，登记信息已更新')).toBeVisible();
  await expect(cards).toHaveCount(waiting - 1);

  await cards
    .filter({ hasText: '居民本人' })
    .getByRole('button', { name: /退\s*回/ })
    .click();
  const dialog = page.getByRole('dialog', { name: '退回登记变更' });
  await dialog.getByRole('button', { name: /退\s*回/ }).click();
  await expect(dialog.getByText('请填写退回原因（至少2个字）')).toBeVisible();
  await dialog.getByLabel('退回原因（提出人可见）').fill('请带房产证明到社区核实');
  await dialog.getByRole('button', { name: /退\s*回/ }).click();
  await expect(cards).toHaveCount(waiting - 2);

  await page.getByText('已通过', { exact: true }).click();
  await expect(page.getByTestId('registry-change').filter({ hasText: '入户走访发现已搬离' })).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto('/residents/changes');
  await expect(cards.first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'registry-changes-list-phone');
  await page.goto('/');
  await expect(todoLine(page)).toContainText(String(waiting - 2));
});

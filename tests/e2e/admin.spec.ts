import { expect, type Page, test } from '@playwright/test';
import {
  confirmDialog,
  expectHomeRole,
  formItem,
  pickMenuItem,
  pickOption,
  pickTreeNode,
  screenshot,
  signIn,
  signOut,
} from './support';

// huli.admin creates a community staff member in 园山社区, who then signs in; the audit log shows it.
test('a district admin creates a user who can then sign in, and the audit log records it', async ({
  page,
}) => {
  const suffix = String(Date.now()).slice(-6);
  const username = `e2e.staff${suffix}`;
  const name = `测试社工${suffix}`;
  const mobile = `139${suffix}${String(Math.floor(Math.random() * 90) + 10)}`;
  const password = 'Yuanshan#2025';

  await signIn(page, 'huli.admin');
  await expectHomeRole(page, '区级管理员');

  await page.getByRole('menu').first().getByRole('menuitem', { name: '组织架构' }).click();
  await expect(page.getByRole('heading', { name: '组织架构' })).toBeVisible();
  await expect(page.getByRole('button', { name: '园山社区', exact: true })).toBeVisible();
  await screenshot(page, 'org-units');
  await page.getByRole('button', { name: '园山社区', exact: true }).click();
  await expect(page.locator('.ant-drawer-title')).toHaveText('园山社区');
  await screenshot(page, 'org-unit-detail');
  await page.keyboard.press('Escape');

  await page.getByRole('menu').first().getByRole('menuitem', { name: '用户与角色' }).click();
  await expect(page.getByRole('heading', { name: '用户与角色' })).toBeVisible();
  await screenshot(page, 'users');

  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('手机号').fill(mobile);
  await dialog.getByLabel('初始密码').fill(password);
  await pickTreeNode(page, formItem(dialog, '所属单位'), '园山', '园山社区');
  await pickOption(page, formItem(dialog, '角色'), '社区工作人员');
  await screenshot(page, 'user-create');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await expect(page.getByText('用户已创建')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByPlaceholder('搜索用户名、姓名或手机号').fill(username);
  await page.getByPlaceholder('搜索用户名、姓名或手机号').press('Enter');
  const row = page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('园山社区 · 社区工作人员');
  await screenshot(page, 'users-created');

  await signOut(page);
  await signIn(page, username, password);
  await expectHomeRole(page, '社区工作人员');
  await expect(page.getByTestId('home-unit')).toContainText('园山社区');
  await screenshot(page, 'home-new-user');
  await signOut(page);

  await signIn(page, 'huli.admin');
  await expectHomeRole(page, '区级管理员');
  await page.getByRole('menu').first().getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  // Filtered by type and action in Chinese; the codes never show.
  const select = (label: string) =>
    page.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) });
  await pickOption(page, select('类型'), '账号');
  await pickOption(page, select('操作'), '创建账号');
  await page.getByRole('button', { name: /搜\s*索/ }).click();
  const auditRow = page.getByRole('row').filter({ hasText: '创建账号' }).first();
  await expect(auditRow).toBeVisible();
  await expect(auditRow).toContainText('林志明');
  await auditRow.getByRole('button', { name: /展开|Expand/ }).click();
  await expect(page.getByTestId('audit-detail').first()).toContainText(username);
  await screenshot(page, 'audit');
});

test('an admin sees validation errors from the server on the form fields', async ({ page }) => {
  await signIn(page, 'huli.admin');
  await expectHomeRole(page, '区级管理员');
  await page.goto('/users');
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  // The username is taken: the server answers 409 and the message appears beside the field.
  await dialog.getByLabel('用户名').fill('yuanshan.staff');
  await dialog.getByLabel('姓名').fill('重复用户');
  await dialog.getByLabel('初始密码').fill('Yuanshan#2025');
  await pickTreeNode(page, formItem(dialog, '所属单位'), '园山', '园山社区');
  await pickOption(page, formItem(dialog, '角色'), '居民');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('用户名已被使用');
  await screenshot(page, 'user-create-error');
});

test('a street admin lists providers; a problem+json field error lands on its field', async ({ page }) => {
  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  await page.getByRole('menu').first().getByRole('menuitem', { name: '社工机构' }).click();
  await expect(page.getByRole('heading', { name: '社工机构' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '厦门市湖里区近邻社会工作服务中心' }).first()).toBeVisible();
  await screenshot(page, 'providers');

  // One character passes the form's own check; the server's contract wants two.
  await page.getByRole('button', { name: '新建机构' }).click();
  const dialog = page.getByRole('dialog', { name: '新建社工机构' });
  await dialog.getByLabel('机构名称').fill('邻');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('请输入机构名称');
  await screenshot(page, 'provider-create-error');
  await dialog.getByLabel('机构名称').fill(`湖里区测试社工服务社${String(Date.now()).slice(-4)}`);
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: /湖里区测试社工服务社/ })).toBeVisible();
});

test('a user with two memberships switches between them and the menu follows', async ({ page }) => {
  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  const menu = page.getByRole('menu').first();
  await expect(menu.getByRole('menuitem', { name: '用户与角色' })).toBeVisible();

  await pickOption(page, page.getByTestId('membership-switcher'), '江头街道 · 评审专家');
  await expectHomeRole(page, '评审专家');
  await expect(menu.getByRole('menuitem', { name: '用户与角色' })).toHaveCount(0);
  expect(await page.evaluate(() => window.localStorage.getItem('jinlin.membershipId'))).toBeTruthy();
  await screenshot(page, 'home-switched');

  // The choice is kept across a reload, then switched back.
  await page.reload();
  await expectHomeRole(page, '评审专家');
  await pickOption(page, page.getByTestId('membership-switcher'), '江头街道 · 街道管理员');
  await expectHomeRole(page, '街道管理员');
  await expect(menu.getByRole('menuitem', { name: '用户与角色' })).toBeVisible();
});

// A volunteer lands on the phone page /m after signing in; the desk opens at / once that landing has
// finished (a navigation to / while it is still under way is interrupted by it).
const openDeskFromPhone = async (page: Page) => {
  await expect(page).toHaveURL(/\/m$/);
  await expect(async () => {
    await page.goto('/');
    await expectHomeRole(page, '志愿者');
  }).toPass({ timeout: 60_000 });
};

test('an admin resets a password, disables and re-enables a user, and manages roles', async ({ page }) => {
  // Many steps and four sign-ins: allow more than the default on a busy machine.
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-6);
  const username = `e2e.vol${suffix}`;
  const name = `测试志愿者${suffix}`;

  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  await page.goto('/users');
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('初始密码').fill('Volunteer#2025');
  await pickTreeNode(page, formItem(dialog, '所属单位'), '金尚', '金尚社区');
  await pickOption(page, formItem(dialog, '角色'), '志愿者');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await expect(dialog).toBeHidden();

  await page.getByPlaceholder('搜索用户名、姓名或手机号').fill(username);
  await page.getByPlaceholder('搜索用户名、姓名或手机号').press('Enter');
  const row = page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
  await expect(row).toContainText('金尚社区 · 志愿者');

  // Roles: add 居民 in 金尚社区, then remove it after the confirmation.
  await row.getByRole('button', { name: '管理身份' }).click();
  const drawer = page.getByRole('dialog', { name: `「${name}」的身份` });
  await expect(drawer).toBeVisible();
  await pickTreeNode(page, formItem(drawer, '所属单位'), '金尚', '金尚社区');
  await pickOption(page, formItem(drawer, '角色'), '居民');
  await drawer.getByRole('button', { name: '添加身份' }).click();
  await expect(page.getByText('已添加身份')).toBeVisible();
  await expect(drawer.getByText('居民', { exact: true })).toBeVisible();
  await screenshot(page, 'user-memberships');
  await drawer
    .getByRole('button', { name: /移\s*除/ })
    .last()
    .click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /移\s*除/ })
    .click();
  await expect(page.getByText('已移除身份')).toBeVisible();
  await expect(drawer.getByText('居民', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Reset the password.
  const reset = page.getByRole('dialog', { name: `重置「${name}」的密码` });
  await pickMenuItem(page, row.getByRole('button', { name: /更多/ }), '重置密码', reset);
  await reset.getByLabel('新密码', { exact: true }).fill('Renewed#2025');
  await reset.getByLabel('确认新密码').fill('Renewed#2025');
  await reset.getByRole('button', { name: '重置密码' }).click();
  await expect(page.getByText('密码已重置')).toBeVisible();

  // Disable: the user can no longer sign in and sees why.
  const disable = page.getByRole('dialog', { name: `停用「${name}」？` });
  await pickMenuItem(page, row.getByRole('button', { name: /更多/ }), '停用', disable);
  await confirmDialog(disable, /停\s*用/);
  await expect(row).toContainText('已停用');
  await screenshot(page, 'users-banned');
  await signOut(page);
  await signIn(page, username, 'Renewed#2025');
  await expect(page.getByTestId('sign-in-error')).toContainText('账号已停用');

  await signIn(page, 'jiangtou.admin');
  await expectHomeRole(page, '街道管理员');
  await page.goto('/users');
  await page.getByPlaceholder('搜索用户名、姓名或手机号').fill(username);
  await page.getByPlaceholder('搜索用户名、姓名或手机号').press('Enter');
  const enable = page.getByRole('dialog', { name: `启用「${name}」？` });
  await pickMenuItem(page, row.getByRole('button', { name: /更多/ }), '启用', enable);
  await confirmDialog(enable, /启\s*用/);
  await expect(row).toContainText('正常');
  await signOut(page);

  // Re-enabled with the reset password; the user then changes it from the desk's user menu (a volunteer
  // lands on the phone page /m after signing in, and opens the desk at /).
  await signIn(page, username, 'Renewed#2025');
  await openDeskFromPhone(page);
  const change = page.getByRole('dialog', { name: '修改密码' });
  await pickMenuItem(page, page.getByTestId('user-menu'), '修改密码', change);
  await change.getByLabel('当前密码').fill('Renewed#2025');
  await change.getByLabel('新密码', { exact: true }).fill('Changed#2025');
  await change.getByLabel('确认新密码').fill('Changed#2025');
  await screenshot(page, 'change-password');
  await change.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('密码已修改')).toBeVisible();
  await signOut(page);
  await signIn(page, username, 'Changed#2025');
  await openDeskFromPhone(page);

  // Sign out everywhere ends this session too.
  const everywhere = page.getByRole('dialog').filter({ hasText: '退出所有设备' });
  await pickMenuItem(page, page.getByTestId('user-menu'), '退出所有设备', everywhere);
  await everywhere.getByRole('button', { name: '退出所有设备' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

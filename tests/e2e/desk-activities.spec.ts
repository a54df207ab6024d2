import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DESKTOP, expectHomeRole, formItem, PHONE, pickOption, screenshot, signIn, signOut } from './support';

// The desk as a social worker runs an activity: every registrant on the 签到 tab with a 签到 button and
// the attendance rate, attendance on the 报名 tab, a published activity edited where registrations
// allow, the project pre-filled; and as officials read it: the audit log in Chinese, quick periods.

const TITLE = '楼道议事会·加装电梯';

const residentsToRegister = async (api: APIRequestContext): Promise<{ id: string; name: string }[]> => {
  const residents = (await (await api.get('/api/v1/residents?page=1&pageSize=40')).json()) as {
    items: { id: string; name: string; isMinor: boolean }[];
  };
  // Adults not linked to a demo account (周美玲 is volunteer1, 杨阿伯 is resident1), distinct names.
  const seen = new Set<string>();
  return residents.items
    .filter((r) => !r.isMinor && r.name !== '周美玲' && r.name !== '杨阿伯')
    .filter((r) => !seen.has(r.name) && seen.add(r.name))
    .slice(0, 2);
};

/** A published event starting in twenty minutes (staff may check in from an hour before), two registered. */
const plannedEvent = async (page: Page, origin: string) => {
  const headers = { origin };
  const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 20 * 60_000);
  const iso = (d: Date) => d.toISOString();
  const created = await page.request.post('/api/v1/activities', {
    headers,
    data: {
      title: TITLE,
      place: '园山社区3号楼架空层',
      sessions: [{ startsAt: iso(start), endsAt: iso(new Date(start.getTime() + 90 * 60_000)) }],
      capacity: 10,
      registrationOpensAt: iso(new Date(Date.now() - 60 * 60_000)),
      registrationClosesAt: iso(start),
      cancellationDeadline: iso(start),
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/v1/activities/${id}/publish`, { headers })).status()).toBe(200);
  const people = await residentsToRegister(page.request);
  for (const person of people) {
    const res = await page.request.post(`/api/v1/activities/${id}/registrations`, {
      headers,
      data: { residentId: person.id },
    });
    expect(res.status()).toBe(201);
  }
  return { id, start, people };
};

test('a social worker checks one person in from the list, sees attendance, and edits the published event', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'yuanshan.sw');
  await expectHomeRole(page, '社工');
  const { id, start, people } = await plannedEvent(page, baseURL ?? '');
  const [first, second] = people;

  // 签到: both registrants listed, nobody in yet.
  await page.goto(`/activities/${id}?tab=checkIn`);
  const row = (name: string) =>
    page.getByTestId('session-attendance').getByRole('row').filter({ hasText: name });
  await expect(row(first.name)).toContainText('未签到');
  await expect(row(second.name)).toContainText('未签到');
  await expect(page.getByTestId('attendance-rate')).toHaveText('出勤率 0%（0/2）');
  await row(first.name)
    .getByRole('button', { name: `为${first.name}签到` })
    .click();
  await expect(page.getByText(`${first.name} 已签到`)).toBeVisible();
  await expect(row(first.name)).toContainText('工作人员');
  await expect(row(first.name).getByRole('button', { name: /签\s*到/ })).toHaveCount(0);
  await expect(row(second.name).getByRole('button', { name: `为${second.name}签到` })).toBeVisible();
  await expect(page.getByTestId('attendance-rate')).toHaveText('出勤率 50%（1/2）');
  await expect(page.getByTestId('attended-count')).toHaveText('已签到 1 人');
  await screenshot(page, 'desk-check-in');

  // 报名: the attendance column.
  await page.getByRole('tab', { name: '报名' }).click();
  const registration = (name: string) => page.getByRole('row').filter({ hasText: name });
  await expect(registration(first.name)).toContainText('已签到');
  await expect(registration(second.name)).toContainText('未签到');
  await screenshot(page, 'desk-registrations-attendance');

  // A published event: the fixed fields are shown but locked; the place changes.
  await page.getByRole('tab', { name: '概况' }).click();
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  // By name: the 未关联项目 confirmation is a dialog too, still fading out when the drawer closes.
  const drawer = page.getByRole('dialog', { name: '编辑活动' });
  await expect(drawer.getByText('活动已发布：名称、类型、名额')).toBeVisible();
  await expect(drawer.getByLabel('活动名称')).toBeDisabled();
  await expect(formItem(drawer, '名额').locator('input')).toBeDisabled();
  await drawer.getByLabel('地点').fill('园山社区3号楼一楼大堂');
  await screenshot(page, 'desk-published-edit');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  // It belongs to no project: saving asks first.
  await page
    .getByRole('dialog')
    .filter({ hasText: '未关联项目，确定保存？' })
    .getByRole('button', { name: '仍然保存' })
    .click();
  await expect(page.getByText('活动已保存')).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('园山社区3号楼一楼大堂').first()).toBeVisible();

  // The list: by date with the year, 操作 in view at 1366 px.
  await page.goto('/activities');
  const listed = page.getByRole('row').filter({ hasText: TITLE });
  await expect(listed).toContainText(`${start.getUTCFullYear()}年`);
  await expect(listed.getByRole('link', { name: `详情 ${TITLE}` })).toBeInViewport();
  await screenshot(page, 'desk-activities-list');

  // 新建: 园山's one running project is filled in; saving without one asks first.
  await page.getByRole('button', { name: /新建活动/ }).click();
  const form = page.getByRole('dialog', { name: '新建活动' });
  const project = formItem(form, '所属项目');
  await expect(project).toContainText('园山社区多元联盟协同治理项目');
  await form.getByLabel('活动名称').fill('不关联项目的活动');
  await project.locator('.ant-select').hover();
  await project.locator('.ant-select-clear').click();
  await expect(project).not.toContainText('园山社区多元联盟协同治理项目');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '未关联项目，确定保存？' });
  await expect(confirm).toBeVisible();
  await screenshot(page, 'desk-no-project-confirm');
  await confirm.getByRole('button', { name: /取\s*消/ }).click();
  await expect(confirm).toBeHidden();
  await expect(form.getByLabel('活动名称')).toHaveValue('不关联项目的活动');

  // The same check-in list on a phone.
  await page.setViewportSize(PHONE);
  await page.goto(`/activities/${id}?tab=checkIn`);
  await expect(row(second.name).getByRole('button', { name: `为${second.name}签到` })).toBeVisible();
  await screenshot(page, 'desk-check-in-phone');
  await page.goto(`/activities/${id}?tab=registrations`);
  await expect(registration(first.name)).toContainText('已签到');
  await screenshot(page, 'desk-registrations-attendance-phone');
});

test('officials read the audit log in Chinese and pick a period in one click', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'huli.admin');
  await expectHomeRole(page, '区级管理员');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const select = (label: string) =>
    page.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) });
  await pickOption(page, select('类型'), '登录');
  await page.getByRole('button', { name: /搜\s*索/ }).click();
  const signInRow = page.getByRole('row').filter({ hasText: '登录' }).first();
  await expect(signInRow).toBeVisible();
  await expect(page.locator('.ant-table-tbody')).not.toContainText('auth.sign_in');
  await signInRow.getByRole('button', { name: /展开|Expand/ }).click();
  await expect(page.getByTestId('audit-detail').first()).toContainText('登录账号');
  await screenshot(page, 'desk-audit');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'desk-audit-phone');
  await page.setViewportSize(DESKTOP);
  await signOut(page);

  // 服务统计: 上年 from the period's quick ranges.
  await signIn(page, 'heshan.admin');
  await expectHomeRole(page, '街道管理员');
  await page.getByRole('menu').first().getByRole('menuitem', { name: '服务统计' }).click();
  await expect(page.getByRole('heading', { name: '服务统计' })).toBeVisible();
  await page.locator('#figures-period').click();
  await page.locator('.ant-picker-presets').getByText('上年', { exact: true }).click();
  const lastYear = new Date().getFullYear() - 1;
  await expect(page).toHaveURL(new RegExp(`from=${lastYear}-01-01&to=${lastYear}-12-31`));
  await screenshot(page, 'desk-figures-period');
  await page.setViewportSize(PHONE);
  await page.locator('#figures-period').click();
  await expect(page.locator('.ant-picker-presets').getByText('本季度', { exact: true })).toBeVisible();
  await screenshot(page, 'desk-figures-period-phone');
});

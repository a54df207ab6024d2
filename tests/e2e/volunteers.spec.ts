import { expect as baseExpect, type Page, test } from '@playwright/test';
import { DESKTOP, expectNoHorizontalOverflow, formItem, PHONE, screenshot, signInAs } from './support';

// 志愿者 end to end: on a phone 园山's resident 杨阿伯 (resident1, an adult linked to the registry)
// applies to volunteer; 园山's social worker approves the application on the desktop; the phone then
// shows the volunteer number, stars and hours. He signs up for a shift on the phone, is checked in and
// out at the desk, the social worker approves the hours (corrected, with a reason), his points appear,
// he redeems an item of the 友邻超市 and downloads his certificate of service. The staff pages (list,
// detail, teams, trainings, hours, commendations) and the phone pages are photographed at both sizes.

// The machine is shared with other engineers' builds and servers: pages may take a while to load.
const expect = baseExpect.configure({ timeout: 30_000 });

// Switching people: the session cookie and the remembered membership go, as after signing out.
const leave = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
};

// Signed in once the address has left the sign-in page.
const shoot = async (page: Page, name: string) => {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `volunteers-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `volunteers-${name}-phone`);
  await page.setViewportSize(DESKTOP);
};

test('a resident applies, is approved, serves a shift, earns points, redeems and gets a certificate', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(540_000);

  // The phone: 我的志愿 opens the application form; the registry identity is used, nothing to type.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m');
  await page.getByTestId('m-tile-volunteer').click();
  await expect(page).toHaveURL(/\/m\/volunteer$/);
  await expect(page.getByText('申请成为志愿者')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'volunteers-apply-phone');
  await page.getByPlaceholder('如：理发、电脑维修').fill('陪伴聊天、读报');
  await page.getByPlaceholder('如：周末上午').fill('工作日上午');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('volunteer-status')).toContainText('申请审核中');
  await screenshot(page, 'volunteers-applied-phone');
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'volunteers-applied-desktop');
  await leave(page);

  // The desktop: the application waits under 待审核; the social worker opens it and approves it.
  await signInAs(page, 'yuanshan.sw');
  await page.goto('/volunteers');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'list');
  await page.goto('/volunteers?status=applied');
  const applicant = page.getByRole('link', { name: '杨阿伯' }).first();
  await expect(applicant).toBeVisible();
  await applicant.click();
  await expect(page.getByTestId('volunteer-name')).toHaveText('杨阿伯');
  await shoot(page, 'detail-applied');
  await page.getByTestId('volunteer-approve').click();
  await expect(page.getByText('已通过，志愿者可在手机端使用')).toBeVisible();
  await expect(page.getByText('在册').first()).toBeVisible();
  await shoot(page, 'detail');

  // The other pages of the module, with the demo world's teams, trainings and rankings.
  await page.goto('/volunteers/teams');
  await expect(page.getByRole('tree')).toBeVisible();
  await shoot(page, 'teams');
  await page.goto('/volunteers/trainings');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'trainings');
  await page.getByRole('tab', { name: '社工教骨干、骨干带全员' }).click();
  await shoot(page, 'training-chain');
  await page.goto('/volunteers/honours');
  await shoot(page, 'honours');
  await page.goto('/volunteers/hours');
  await shoot(page, 'hours');
  await leave(page);

  // Back on the phone: an active volunteer with a number of their own (never the ID number).
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m/volunteer');
  await expect(page.getByTestId('volunteer-card')).toBeVisible();
  await expect(page.getByTestId('volunteer-no')).not.toBeEmpty();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'volunteers-active-phone');
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'volunteers-active-desktop');
  await leave(page);

  await serveAShift(page, baseURL ?? '');
});

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

// The social worker plans an activity for tomorrow that asks for volunteers: a position whose shift
// starts in a few minutes, so it is still open to sign up for on the phone.
const plannedPosition = async (page: Page, origin: string) => {
  const headers = { origin };
  const title = `E2E 志愿服务 ${Date.now().toString(36)}`;
  const created = await page.request.post('/api/v1/activities', {
    headers,
    data: {
      title,
      sessions: [{ startsAt: inHours(24), endsAt: inHours(26) }],
      capacity: 20,
      registrationOpensAt: inHours(-1),
      registrationClosesAt: inHours(23),
      cancellationDeadline: inHours(23),
      audience: 'community',
    },
  });
  expect(created.status()).toBe(201);
  const activityId = (await created.json()).id as string;
  expect((await page.request.post(`/api/v1/activities/${activityId}/publish`, { headers })).status()).toBe(
    200,
  );
  const position = await page.request.post(`/api/v1/activities/${activityId}/volunteer-positions`, {
    headers,
    data: {
      title: '签到引导',
      place: '园山社区活动室',
      count: 3,
      startsAt: inHours(0.1),
      endsAt: inHours(2),
    },
  });
  expect(position.status()).toBe(201);
  return { activityId, title };
};

const points = async (page: Page, testId: string): Promise<number> =>
  Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ''));

async function serveAShift(page: Page, origin: string) {
  await signInAs(page, 'yuanshan.sw');
  // The home page's 今日待办: what waits for the social worker, each line opening its list.
  await page.goto('/');
  await expect(page.getByTestId('home-todo-item').filter({ hasText: '条服务时长待审核' })).toBeVisible();
  await shoot(page, 'home-todo');
  const { activityId, title } = await plannedPosition(page, origin);
  await leave(page);

  // The phone: the open position, signed up for with one tap and a confirmation.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m/volunteer');
  const open = page.getByTestId('open-position').filter({ hasText: title });
  await open.getByRole('button', { name: '报名' }).click();
  await page
    .locator('.adm-dialog')
    .getByRole('button', { name: /确认|报名/ })
    .last()
    .click();
  await expect(open.getByText('已报名')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'volunteers-shift-signed-up-phone');
  await leave(page);

  // The desk: 志愿岗位 of the activity; 杨阿伯 is checked in and out.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'yuanshan.sw');
  await page.goto(`/activities/${activityId}`);
  await page.getByRole('tab', { name: '志愿岗位' }).click();
  const rosterRow = page.getByTestId('volunteer-position').getByRole('row').filter({ hasText: '杨阿伯' });
  await rosterRow.getByRole('button', { name: /签\s*到/ }).click();
  await expect(rosterRow.getByRole('button', { name: /签\s*退/ })).toBeVisible();
  await rosterRow.getByRole('button', { name: /签\s*退/ }).click();
  await expect(rosterRow.getByText(/已签退|签退 \d/)).toBeVisible();
  await shoot(page, 'positions');

  // 服务时长: the proposed record waits under 待审核. Checked out before the shift began, it proposes
  // no time; the social worker approves two hours and says why.
  await page.goto('/volunteers/hours');
  const queued = page.getByRole('row').filter({ hasText: '杨阿伯' }).filter({ hasText: title });
  await expect(queued).toBeVisible();
  await shoot(page, 'hours-queue');
  await queued.getByRole('button', { name: '修改后通过' }).click();
  const approve = page.getByRole('dialog', { name: '修改时长后通过' });
  await formItem(approve, '核定时长（分钟）').locator('input').fill('120');
  await formItem(approve, '修改原因').locator('textarea').fill('现场引导两小时，签退时间补录');
  await approve.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
  await expect(page.getByText('已审核通过')).toBeVisible();
  await page.getByRole('tab', { name: '服务设置' }).click();
  await expect(page.getByTestId('rounding-band').first()).toBeVisible();
  await shoot(page, 'settings');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await leave(page);

  // The phone: two approved hours, points for them, an item redeemed with them, and the certificate.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m/volunteer');
  await expect(page.getByTestId('volunteer-hours')).toContainText('2');
  await page.goto('/m/points');
  await expect.poll(() => points(page, 'm-points-balance')).toBeGreaterThan(0);
  const available = await points(page, 'm-points-available');
  await screenshot(page, 'volunteers-points-phone');
  await page.goto('/m/shop');
  const affordable = page.getByTestId('m-shop-item').filter({ hasNotText: '已兑完' });
  await expect(affordable.first()).toBeVisible();
  const prices = await affordable.evaluateAll((nodes) =>
    nodes.map((node) => Number((node.textContent ?? '').match(/(\d+) 积分/)?.[1] ?? '0')),
  );
  const price = Math.min(...prices);
  expect(price).toBeLessThanOrEqual(available);
  await affordable.nth(prices.indexOf(price)).getByRole('button', { name: '兑换' }).click();
  await page.getByTestId('m-redeem-sheet').getByRole('button', { name: '确认兑换' }).click();
  await expect(page.getByTestId('m-redemption-status').first()).toHaveText('待领取');
  await screenshot(page, 'volunteers-redeemed-phone');
  await page.goto('/m/volunteer');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载志愿服务证明' }).click();
  expect((await download).suggestedFilename()).toMatch(/志愿服务证明.*\.docx$/);
}

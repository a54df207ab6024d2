import { expect as baseExpect, type Page, test } from '@playwright/test';
import { DESKTOP, expectNoHorizontalOverflow, PHONE, screenshot, signIn } from './support';

// 志愿者 end to end: on a phone 园山's resident 杨阿伯 (resident1, an adult linked to the registry)
// applies to volunteer; 园山's social worker approves the application on the desktop; the phone then
// shows the volunteer number, stars and hours. The staff pages (list, detail, teams, trainings, hours,
// commendations) and the phone page are photographed at both sizes.

// The machine is shared with other engineers' builds and servers: pages may take a while to load.
const expect = baseExpect.configure({ timeout: 30_000 });

// Switching people: the session cookie and the remembered membership go, as after signing out.
const leave = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
};

// Signed in once the address has left the sign-in page.
const signInAs = async (page: Page, username: string) => {
  await signIn(page, username);
  await expect(page).not.toHaveURL(/sign-in/);
};

const shoot = async (page: Page, name: string) => {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `volunteers-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `volunteers-${name}-phone`);
  await page.setViewportSize(DESKTOP);
};

test('a resident applies on the phone, staff approve, the phone shows the volunteer', async ({ page }) => {
  test.setTimeout(360_000);

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
});

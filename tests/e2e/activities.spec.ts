import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectHomeRole,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickMenuItem,
  pickOption,
  screenshot,
  signIn,
} from './support';

// 活动与小组 end to end: 园山's social worker plans and publishes an event with two places, volunteer1
// signs up on a phone, scans the 签到大屏's code (signing in first in a fresh browser, as from WeChat),
// and the staff see the check-in and one more person-time in 服务统计. Then the counter: register
// residents up to the waitlist, batch check-in, guests.

const TITLE = `E2E 邻里议事快闪 ${Date.now().toString(36)}`;
// The counter's event: sign-up still open (it closes when the event starts), full with two places.
const COUNTER = `E2E 服务台报名 ${Date.now().toString(36)}`;

// Beijing wall-clock "YYYY-MM-DD HH:mm" of an instant, as the pickers take it.
const beijing = (instant: Date): string => {
  const iso = new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};

const statisticNumber = async (scope: Locator): Promise<number> => {
  const text = await scope.locator('.ant-statistic-content-value').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
};

const menu = (page: Page) => page.getByRole('menu').first();

const openFigures = async (page: Page): Promise<void> => {
  await menu(page).getByRole('menuitem', { name: '服务统计' }).click();
  await expect(page.getByRole('heading', { name: '服务统计' })).toBeVisible();
};

const personTimes = async (page: Page): Promise<number> => {
  const figure = page.getByTestId('figure-personTimes');
  await expect(figure).toBeVisible();
  return statisticNumber(figure);
};

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

const fillSignIn = async (page: Page, identifier: string): Promise<void> => {
  await page.getByLabel('用户名或手机号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
};

const openActivity = async (page: Page, title: string): Promise<void> => {
  await page.goto('/activities');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByTestId('activity-title')).toHaveText(title);
};

test.describe
  .serial('activities and groups', () => {
    test.setTimeout(300_000);

    test('an event from planning to a QR check-in that counts in the figures', async ({
      page,
      browser,
      baseURL,
    }) => {
      // The event starts in a few minutes: sign-up stays open until then, the QR code works from an
      // hour before, and the figures count a session once it has started (the test waits for that).
      const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 150_000);
      const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);

      await signIn(page, 'yuanshan.sw');
      await expectHomeRole(page, '社工');
      await openFigures(page);
      const before = await personTimes(page);

      // 活动与小组: the demo world's activities with their places.
      await menu(page).getByRole('menuitem', { name: '活动与小组' }).click();
      await expect(page.getByRole('heading', { name: '活动与小组' })).toBeVisible();
      const teaParty = page.getByRole('row').filter({ hasText: '幸福驿站·长者重阳茶话会' });
      await expect(teaParty).toContainText('已结束');
      await expect(teaParty).toContainText('已报 25/40');
      await expect(page.getByRole('row').filter({ hasText: '长者智能手机课堂' })).toContainText('共 4 节');
      await screenshot(page, 'activities-list');

      // 新建: an event with two places, for everyone in the community.
      await page.getByRole('button', { name: /新建活动/ }).click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByText('新建活动')).toBeVisible();
      await drawer.getByLabel('活动名称').fill(TITLE);
      await pickOption(page, formItem(drawer, '品牌'), '一周一公益');
      await pickOption(page, formItem(drawer, '服务对象'), '全体居民');
      await page.keyboard.press('Escape');
      await drawer.getByLabel('地点').fill('园山社区近邻服务中心二楼');
      const when = drawer.locator('.ant-picker-range').first().locator('input');
      await when.nth(0).click();
      await when.nth(0).fill(beijing(start));
      await when.nth(0).press('Enter');
      await when.nth(1).fill(beijing(end));
      await when.nth(1).press('Enter');
      await expect(when.nth(0)).toHaveValue(beijing(start));
      // Sign-up closes when the event starts unless set otherwise (never later than that).
      const signUp = drawer.locator('.ant-picker-range').nth(1).locator('input');
      await expect(signUp.nth(1)).toHaveValue(beijing(start));
      const capacity = formItem(drawer, '名额').locator('input');
      await capacity.fill('2');
      await drawer.getByLabel('活动介绍').fill('邻里议事快闪：十分钟说清一件小区里的事。');
      await screenshot(page, 'activities-create');
      await page.getByRole('button', { name: /保\s*存/ }).click();

      // The detail page of the new draft; publish after confirming.
      await expect(page.getByTestId('activity-title')).toHaveText(TITLE);
      await expect(page.getByTestId('activity-status').first()).toHaveText('草稿');
      await page.getByRole('button', { name: /发\s*布/ }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '发布后居民即可在手机上报名' });
      await confirm.getByRole('button', { name: /发\s*布/ }).click();
      await expect(page.getByTestId('activity-status').first()).toHaveText('已发布');
      await expect(page.getByTestId('activity-figures')).toBeVisible();
      await screenshot(page, 'activities-detail');

      // volunteer1 on a phone: /m asks to sign in, then lists the event with 报名.
      const phone = await phonePage(browser, baseURL);
      await phone.goto('/m');
      await expect(phone).toHaveURL(/\/sign-in\?next=%2Fm/);
      await fillSignIn(phone, 'volunteer1');
      await expect(phone).toHaveURL(/\/m$/);
      await expect(phone.getByTestId('m-greeting')).toHaveText('周美玲，您好');
      const card = phone.getByTestId('m-activity').filter({ hasText: TITLE });
      await expect(card).toContainText('名额 0/2');
      await card.getByRole('button', { name: '报名', exact: true }).click();
      await expect(phone.getByText('报名成功')).toBeVisible();
      await expect(card.getByTestId('my-status')).toHaveText('已报名');
      await expect(card).toContainText('名额 1/2');
      await expect(card.getByRole('button', { name: '取消报名' })).toBeVisible();
      await expectNoHorizontalOverflow(phone);
      await phone.waitForTimeout(2500); // the toast fades
      await screenshot(phone, 'm-home');

      // The detail page, opened from the card.
      await card.click();
      await expect(phone.getByTestId('m-activity-title')).toHaveText(TITLE);
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'm-activity');

      // 大字模式 scales the type and is remembered.
      await phone.goto('/m');
      const greeting = phone.getByTestId('m-greeting');
      const normalSize = await greeting.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      await phone.getByTestId('large-text').click();
      await expect(phone.getByTestId('mobile-shell')).toHaveAttribute('data-large-text', 'on');
      const largeSize = await greeting.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(largeSize).toBeGreaterThan(normalSize);
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'm-large-text');
      await phone.reload();
      await expect(phone.getByTestId('mobile-shell')).toHaveAttribute('data-large-text', 'on');
      await phone.getByTestId('large-text').click();
      await expect(phone.getByTestId('mobile-shell')).toHaveAttribute('data-large-text', 'off');

      // Staff: 签到 tab → 签到大屏, whose QR code carries the phone address with the code.
      await page.getByRole('tab', { name: '签到' }).click();
      const screenLink = page.getByTestId('open-check-in-screen');
      await expect(screenLink).toBeVisible();
      const screenUrl = await screenLink.getAttribute('href');
      expect(screenUrl).toMatch(/\/activities\/[\w-]+\/sessions\/[\w-]+\/screen$/);
      await page.goto(screenUrl!);
      await expect(page.getByTestId('screen-title')).toHaveText(TITLE);
      const qr = page.getByTestId('check-in-qr');
      await expect(qr.locator('svg')).toBeVisible();
      const code = await qr.getAttribute('data-code');
      const checkInUrl = await qr.getAttribute('data-url');
      expect(code).toBeTruthy();
      expect(checkInUrl).toContain(`/m/check-in?code=${encodeURIComponent(code!)}`);
      await expect(page.getByTestId('screen-attended')).toHaveText('0');
      await screenshot(page, 'activities-screen');

      // Scanning with a browser that is not signed in (WeChat's own): sign in, come back, checked in.
      const scanner = await phonePage(browser, baseURL);
      await scanner.goto(new URL(checkInUrl!).pathname + new URL(checkInUrl!).search);
      await expect(scanner).toHaveURL(/\/sign-in\?next=/);
      await fillSignIn(scanner, 'volunteer1');
      await expect(scanner.getByTestId('check-in-result')).toHaveText('签到成功');
      await expect(scanner.getByText(TITLE)).toBeVisible();
      await expectNoHorizontalOverflow(scanner);
      await screenshot(scanner, 'm-check-in');
      // Scanning again is harmless.
      await scanner.reload();
      await expect(scanner.getByTestId('check-in-result')).toHaveText('签到成功');
      await expect(scanner.getByText('您已签到，无需重复签到')).toBeVisible();
      // A made-up code gets the server's sentence.
      await scanner.goto('/m/check-in?code=0000000000.1.forged');
      await expect(scanner.getByTestId('check-in-result')).toHaveText('签到失败');
      await expect(scanner.getByText('签到码无效或已过期')).toBeVisible();

      // The big screen counts the check-in (it polls), and the 签到 tab lists it as a QR check-in.
      await expect(page.getByTestId('screen-attended')).toHaveText('1', { timeout: 20_000 });
      await page.getByRole('button', { name: '返回' }).click();
      await expect(page.getByRole('tab', { name: '签到', selected: true })).toBeVisible();
      const attendance = page.getByTestId('session-attendance');
      await expect(attendance.getByRole('row').filter({ hasText: '周美玲' })).toContainText('扫码');
      await expect(page.getByTestId('attended-count')).toHaveText('已签到 1 人');
      await screenshot(page, 'activities-check-in');

      // 服务统计: one more person-time once the event has started.
      await openFigures(page);
      await expect(async () => {
        await page.reload();
        expect(await personTimes(page)).toBe(before + 1);
      }).toPass({ timeout: 200_000, intervals: [5_000] });
      await expect(page.getByTestId('figures-by-brand')).toBeVisible();
      await expect(page.getByTestId('figure-visitsMade')).toBeVisible();
      await screenshot(page, 'activities-figures');

      await phone.context().close();
      await scanner.context().close();
    });

    test('the counter: staff register residents up to the waitlist, batch check-in and guests', async ({
      page,
      browser,
      baseURL,
    }) => {
      await signIn(page, 'yuanshan.sw');
      await expectHomeRole(page, '社工');
      // Two residents of 园山 to register, picked from the registry by name.
      const residents = (await (await page.request.get('/api/v1/residents?page=1&pageSize=40')).json()) as {
        items: { id: string; name: string; isMinor: boolean }[];
      };
      // Adults not linked to a demo account (周美玲 is volunteer1, 杨阿伯 is resident1).
      const names = [...new Set(residents.items.filter((r) => !r.isMinor).map((r) => r.name))]
        .filter((n) => n !== '周美玲' && n !== '杨阿伯')
        .slice(0, 2);
      expect(names).toHaveLength(2);

      // An event in two hours with two places, one already taken by 周美玲 (volunteer1). One instant for
      // every time: sign-up closes as the session starts, and a clock that ticked between two readings
      // would put the close after the start, which the server refuses.
      const now = Date.now();
      const hours = (h: number) => new Date(now + h * 3600_000).toISOString();
      const headers = { origin: baseURL ?? '' };
      const created = await page.request.post('/api/v1/activities', {
        headers,
        data: {
          title: COUNTER,
          sessions: [{ startsAt: hours(2), endsAt: hours(3) }],
          capacity: 2,
          registrationOpensAt: hours(-1),
          registrationClosesAt: hours(2),
          cancellationDeadline: hours(2),
          audience: 'community',
        },
      });
      expect(created.status()).toBe(201);
      const counterId = (await created.json()).id as string;
      expect((await page.request.post(`/api/v1/activities/${counterId}/publish`, { headers })).status()).toBe(
        200,
      );
      const [zhou] = (await (await page.request.get('/api/v1/residents?q=周美玲')).json()).items as {
        id: string;
      }[];
      const taken = await page.request.post(`/api/v1/activities/${counterId}/registrations`, {
        headers,
        data: { residentId: zhou.id },
      });
      expect(taken.status()).toBe(201);

      await openActivity(page, COUNTER);
      await page.getByRole('tab', { name: '报名' }).click();
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 1/2，候补 0');

      const register = async (name: string) => {
        await page.getByRole('button', { name: /代居民报名/ }).click();
        const modal = page.getByRole('dialog').filter({ hasText: '在服务台为不方便使用手机的居民报名' });
        const field = formItem(modal, '居民');
        const option = page.locator(
          '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
          {
            hasText: name,
          },
        );
        await expect(async () => {
          if (!(await option.first().isVisible())) {
            await field.locator('.ant-select').first().click();
            await page.keyboard.type(name);
          }
          await option.first().click({ timeout: 3_000 });
        }).toPass({ timeout: 30_000 });
        await modal.getByRole('button', { name: /代居民报名/ }).click();
        await expect(modal).toBeHidden();
      };

      await register(names[0]);
      await expect(page.getByText('已为该居民报名')).toBeVisible();
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 0');
      await register(names[1]);
      await expect(page.getByText('名额已满，已加入候补第1位')).toBeVisible();
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 1');
      await expect(page.getByRole('row').filter({ hasText: names[1] })).toContainText('候补第1位');
      await screenshot(page, 'activities-registrations');

      // On the phone, the full event offers the waitlist.
      const phone = await phonePage(browser, baseURL);
      await phone.goto('/m');
      await fillSignIn(phone, 'resident1');
      const card = phone.getByTestId('m-activity').filter({ hasText: COUNTER });
      await expect(card).toContainText('名额已满，可报名候补');
      // The demo world may already have told resident1 other things (a need resolved, a reply).
      const messages = await phone.request.get('/api/v1/me/notifications');
      const unreadBefore: number = (await messages.json()).unread;
      await card.getByRole('button', { name: '报名候补', exact: true }).click();
      await expect(phone.getByText('名额已满，您是候补第2位')).toBeVisible();
      await expect(card.getByTestId('my-status')).toHaveText('候补第2位');

      // Staff cancel two sign-ups (after confirming): each freed place goes to the first in line.
      const cancelFor = async (name: string) => {
        await page
          .getByRole('row')
          .filter({ hasText: name })
          .getByRole('button', { name: '取消报名' })
          .click();
        const confirm = page.getByRole('dialog').filter({ hasText: `取消 ${name} 的报名？` });
        await confirm.getByRole('button', { name: '取消报名' }).click();
        await expect(confirm).toBeHidden();
      };
      await page.reload();
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 2');
      await cancelFor(names[0]);
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 1');
      await expect(page.getByRole('row').filter({ hasText: names[1] })).toContainText('已报名');
      // The phone shows the place as it is now, not as it was at sign-up.
      await phone.reload();
      await expect(card.getByTestId('my-status')).toHaveText('候补第1位');
      await cancelFor(names[1]);
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 0');
      await expect(page.getByRole('row').filter({ hasText: '杨阿伯' })).toContainText('已报名');

      // resident1 is told: the bell counts the message, the page shows it.
      await phone.reload();
      await expect(card.getByTestId('my-status')).toHaveText('已报名');
      const bell = phone.getByTestId('m-notifications');
      await expect(bell).toHaveAttribute('aria-label', `消息，${unreadBefore + 1} 条未读`);
      await bell.click();
      await expect(phone.getByText('候补成功')).toBeVisible();
      await expect(phone.getByText(`您已从候补转为正式报名：“${COUNTER}”。`)).toBeVisible();
      await expectNoHorizontalOverflow(phone);
      await screenshot(phone, 'm-notifications');
      // Seen once, the message is read on the server: a fresh page's bell has no count.
      await phone.goto('/m');
      await expect(card).toBeVisible();
      await expect(bell).not.toHaveAttribute('aria-label', /条未读/);
      await phone.context().close();

      // Back at the event of the first journey, under way: 杨阿伯 comes to the counter and is registered
      // by staff (sign-up on the phone closed when it began).
      await openActivity(page, TITLE);
      await page.getByRole('tab', { name: '报名' }).click();
      await register('杨阿伯');
      await expect(page.getByText('已为该居民报名')).toBeVisible();
      await expect(page.getByTestId('registrations-summary')).toHaveText('已报 2/2，候补 0');

      // 批量签到: the registered resident who came (volunteer1 scanned already); 来宾 by number.
      await page.getByRole('tab', { name: '签到' }).click();
      await page.getByRole('button', { name: /批量签到/ }).click();
      const batch = page.getByRole('dialog').filter({ hasText: '勾选已到场的报名居民' });
      await expect(batch.getByRole('checkbox', { name: '周美玲' })).toHaveCount(0);
      await batch.getByRole('checkbox', { name: '杨阿伯' }).check();
      await batch.getByRole('button', { name: /批量签到/ }).click();
      await expect(page.getByText('已签到 1 人').first()).toBeVisible();
      await expect(page.getByTestId('attended-count')).toHaveText('已签到 2 人');
      await expect(page.getByRole('row').filter({ hasText: '杨阿伯' })).toContainText('工作人员');
      await page.getByLabel('未登记来宾').fill('3');
      await page
        .getByTestId('session-attendance')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await expect(page.getByText('来宾人数已保存')).toBeVisible();
      // The paper sheet to print for the door, as a Word file.
      const download = await pickMenuItem(
        page,
        page.getByRole('button', { name: /签到表/ }),
        'Word 签到表（打印）',
        () => page.waitForEvent('download', { timeout: 5000 }),
      );
      expect(download.suggestedFilename()).toBe('签到表.docx');
      await page.getByRole('tab', { name: '概况' }).click();
      await expect(page.getByTestId('activity-figure-personTimes')).toContainText('5');
    });
  });

// On the phone an activity whose sign-up has closed says so, instead of a 报名 that fails when tapped.
test('a closed sign-up shows 报名已截止 on the phone', async ({ page, browser, baseURL }) => {
  await signIn(page, 'yuanshan.sw');
  await expectHomeRole(page, '社工');
  const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const title = `E2E 截止报名 ${Date.now().toString(36)}`;
  const headers = { origin: baseURL ?? '' };
  const created = await page.request.post('/api/v1/activities', {
    headers,
    data: {
      title,
      sessions: [{ startsAt: hours(3), endsAt: hours(5) }],
      capacity: 10,
      registrationOpensAt: hours(-5),
      registrationClosesAt: hours(-1),
      cancellationDeadline: hours(-1),
      audience: 'community',
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  expect((await page.request.post(`/api/v1/activities/${id}/publish`, { headers })).status()).toBe(200);

  const phone = await phonePage(browser, baseURL);
  await phone.goto('/m');
  await fillSignIn(phone, 'resident1');
  const card = phone.getByTestId('m-activity').filter({ hasText: title });
  await expect(card.getByTestId('m-sign-up-state')).toHaveText('报名已截止');
  await expect(card.getByTestId('m-sign-up-state')).toBeDisabled();
  await card.click();
  await expect(phone.getByTestId('m-activity-title')).toHaveText(title);
  await expect(phone.getByTestId('m-sign-up-state')).toHaveText('报名已截止');
  await screenshot(phone, 'mobile-sign-up-closed');
  await expectNoHorizontalOverflow(phone);
});

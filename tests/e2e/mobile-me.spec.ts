import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  confirmDialog,
  DEMO_PASSWORD,
  DESKTOP,
  expectHomeRole,
  expectNoHorizontalOverflow,
  PHONE,
  screenshot,
  signIn,
} from './support';

// The phone's 我的 and its closed sign-ups: 园山's social worker publishes one activity open for sign-up
// and one whose sign-up has closed; volunteer1 (周美玲) signs in at the main address, lands on /m, sees
// 报名已截止 on the closed one, signs up for the other and finds it on 我的 with its state.
// Unique per run (and per worker, which publishes its own in beforeAll).
const run = Date.now().toString(36);
const OPEN = `手机我的·书法体验课 ${run}`;
const CLOSED = `手机我的·已截止讲座 ${run}`;

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

const publish = async (api: APIRequestContext, title: string, times: Record<string, unknown>) => {
  const created = await api.post('/api/v1/activities', {
    data: {
      title,
      brands: ['幸福驿站'],
      targetGroups: ['elderly'],
      place: '园山社区活动室',
      capacity: 10,
      ...times,
    },
  });
  expect(created.status()).toBe(201);
  const published = await api.post(`/api/v1/activities/${(await created.json()).id}/publish`);
  expect(published.status()).toBe(200);
};

const card = (page: Page, title: string) => page.getByTestId('m-activity').filter({ hasText: title });

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? '' } });
  const signedIn = await api.post('/api/auth/sign-in/username', {
    data: { username: 'yuanshan.sw', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  await publish(api, OPEN, {
    sessions: [{ startsAt: hours(72), endsAt: hours(74) }],
    registrationOpensAt: hours(-24),
    registrationClosesAt: hours(48),
    cancellationDeadline: hours(48),
  });
  await publish(api, CLOSED, {
    sessions: [{ startsAt: hours(48), endsAt: hours(50) }],
    registrationOpensAt: hours(-72),
    registrationClosesAt: hours(-1),
    cancellationDeadline: hours(-2),
  });
  await api.dispose();
});

test.describe('the phone: 我的 and closed sign-ups', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('volunteer1 lands on /m, meets 报名已截止, signs up and finds it on 我的', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'volunteer1');
    await expect(page).toHaveURL(/\/m$/);
    await expect(page.getByTestId('m-greeting')).toHaveText('周美玲，您好');

    // The bell says what it is.
    await expect(page.getByTestId('m-notifications')).toContainText('消息');

    // A closed sign-up says so instead of offering a 报名 that fails.
    const closed = card(page, CLOSED);
    await closed.scrollIntoViewIfNeeded();
    await expect(closed.getByTestId('m-sign-up-state')).toHaveText('报名已截止');
    await expect(closed.getByTestId('m-sign-up-state')).toBeDisabled();
    await expect(closed.getByRole('button', { name: /^报\s*名$/ })).toHaveCount(0);
    await screenshot(page, 'm-closed-sign-up');

    const open = card(page, OPEN);
    await open.scrollIntoViewIfNeeded();
    await open.getByRole('button', { name: /^报\s*名$/ }).click();
    await expect(open.getByTestId('my-status')).toHaveText('已报名');
    await expect(page.locator('.adm-toast-main')).toBeHidden();

    // 我的 from its tile: the registration ahead, its state, no check-in yet.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('m-tile-me').click();
    await expect(page).toHaveURL(/\/m\/me$/);
    const mine = page.getByTestId('m-me-upcoming').getByTestId('m-registration').filter({ hasText: OPEN });
    await expect(mine.getByTestId('my-status')).toHaveText('已报名');
    await expect(mine.getByTestId('m-check-in-state')).toHaveText('未开始');
    await expect(page.getByTestId('m-me-messages')).toContainText('我的消息');
    // volunteer1 is a volunteer: her card, points and the shop are a tap away.
    await expect(page.getByTestId('m-me-volunteer')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'm-me');

    // The closed one was never signed up for: it is nowhere on 我的.
    await expect(page.getByTestId('m-registration').filter({ hasText: CLOSED })).toHaveCount(0);

    // Cancelling on the list takes it off 我的.
    await page.getByText('返回', { exact: true }).click();
    await expect(page).toHaveURL(/\/m$/);
    await card(page, OPEN).getByRole('button', { name: '取消报名' }).click();
    await confirmDialog(page.getByRole('dialog'), /取消报名/);
    await expect(card(page, OPEN).getByTestId('my-status')).toHaveCount(0);
    await page.goto('/m/me');
    await expect(page.getByTestId('m-me-upcoming')).toBeVisible();
    await expect(page.getByTestId('m-registration').filter({ hasText: OPEN })).toHaveCount(0);
  });

  test('resident1 finds the activities he attended under 往期活动, each 已签到', async ({ page }) => {
    await signIn(page, 'resident1');
    await expect(page).toHaveURL(/\/m$/);
    await page.getByTestId('m-tile-me').click();
    const past = page.getByTestId('m-me-past');
    const teaParty = past.getByTestId('m-registration').filter({ hasText: '幸福驿站·长者重阳茶话会' });
    await expect(teaParty.getByTestId('my-status')).toHaveText('已报名');
    await expect(teaParty.getByTestId('m-check-in-state')).toContainText('已签到');
    await past.scrollIntoViewIfNeeded();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'm-me-past');
  });

  test('忘记密码 on a phone: whom to ask, readable at 390 px', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByTestId('forgot-password').click();
    await expect(page.getByTestId('forgot-password-help')).toContainText('社区居委会');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'sign-in-forgot-password-mobile');
  });

  test('a desk role on a phone-size screen gets the desk laid out to fit', async ({ page }) => {
    await signIn(page, 'yuanshan.sw');
    await expect(page).toHaveURL(/\/$/);
    await expectHomeRole(page, '社工');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'home-sw-phone');
  });
});

test.describe('the phone pages on a desk screen', () => {
  test.use({ viewport: DESKTOP });

  test('我的 and the list at 1366×768, the phone page loading no desk bundle', async ({ page }) => {
    await signIn(page, 'volunteer1');
    await expect(page).toHaveURL(/\/m$/);
    await expect(page.getByTestId('m-greeting')).toBeVisible();
    // /m is its own page: its scripts are the phone's entry, not the desk's.
    const scripts = await page
      .locator('script[type="module"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    expect(scripts.some((src) => /\/assets\/mobile-[^/]+\.js$/.test(src))).toBe(true);
    expect(scripts.some((src) => /\/assets\/index-[^/]+\.js$/.test(src))).toBe(false);
    await expect(card(page, CLOSED).getByTestId('m-sign-up-state')).toHaveText('报名已截止');
    await screenshot(page, 'm-home-desktop');
    await page.getByTestId('m-tile-me').click();
    await expect(page.getByTestId('m-me-upcoming')).toBeVisible();
    await screenshot(page, 'm-me-desktop');
  });
});

// What a phone downloads to show /m (signed in, empty cache), and how long it takes on a slow 4G line
// (Chrome's "Slow 4G": 1.6 Mbit/s down, 150 ms round trip). Printed for the notes; the byte budget itself
// is held by tests/budget/web-budget.ts.
test('the phone page /m on a throttled 4G line', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'volunteer1');
  await expect(page.getByTestId('m-greeting')).toBeVisible();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  let jsBytes = 0;
  const encodings = new Set<string>();
  const scriptIds = new Set<string>();
  cdp.on('Network.loadingFinished', (event) => {
    jsBytes += scriptIds.has(event.requestId) ? event.encodedDataLength : 0;
  });
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') {
      scriptIds.add(event.requestId);
      encodings.add(String(event.response.headers['content-encoding'] ?? 'none'));
    }
  });
  const started = Date.now();
  await page.goto('/m');
  await expect(page.getByTestId('m-greeting')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('m-activity').first()).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - started;
  console.log(
    `/m on Slow 4G: list shown after ${(ms / 1000).toFixed(1)} s; JS transferred ${(jsBytes / 1024).toFixed(1)} KiB (${[...encodings].join(', ')})`,
  );
  await context.close();
});

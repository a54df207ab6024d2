import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectHomeRole,
  expectNoHorizontalOverflow,
  PHONE,
  screenshot,
  signIn,
  signOut,
} from './support';

// Each demo role signs in and lands on its own home page; the menu shows exactly what the role may use.
const ADMIN_MENU = [
  '首页',
  '人口统计',
  '社区概况',
  '活动与小组',
  '志愿者',
  '积分',
  '友邻超市',
  '服务统计',
  '服务项目',
  '组织架构',
  '用户与角色',
  '社工机构',
  '审计日志',
  '议事协商',
  '需求清单',
  '问卷调查',
  '便民信箱',
  '使用帮助',
];
const COMMUNITY_MENU = [
  '首页',
  '居民名册',
  '人口统计',
  '社区概况',
  '活动与小组',
  '志愿者',
  '积分',
  '友邻超市',
  '服务统计',
  '服务项目',
  '个案',
  '探访',
  '组织架构',
  '社工机构',
  '议事协商',
  '需求清单',
  '问卷调查',
  '便民信箱',
  '使用帮助',
];
const DEMO_ROLES = [
  { username: 'huli.admin', role: '区级管理员', unit: '湖里区', menu: ADMIN_MENU },
  { username: 'jiangtou.admin', role: '街道管理员', unit: '江头街道', menu: ADMIN_MENU },
  { username: 'yuanshan.staff', role: '社区工作人员', unit: '园山社区', menu: COMMUNITY_MENU },
  { username: 'jinshang.staff', role: '社区工作人员', unit: '金尚社区', menu: COMMUNITY_MENU },
  { username: 'yuanshan.sw', role: '社工', unit: '园山社区', menu: COMMUNITY_MENU },
  {
    username: 'reviewer1',
    role: '评审专家',
    unit: '湖里区',
    menu: ['首页', '人口统计', '社区概况', '服务统计', '服务项目', '组织架构', '社工机构', '使用帮助'],
  },
] as const;

test.describe('sign-in', () => {
  test('the sign-in page shows the product in Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByText('湖里区政府购买社会工作服务平台').first()).toBeVisible();
    await expect(page.getByLabel('用户名或手机号')).toBeVisible();
    await screenshot(page, 'sign-in');
  });

  for (const demo of DEMO_ROLES) {
    test(`${demo.username} lands on the ${demo.role} home`, async ({ page }) => {
      await signIn(page, demo.username);
      await expect(page).toHaveURL(/\/$/);
      await expectHomeRole(page, demo.role);
      if (demo.unit) await expect(page.getByTestId('home-unit')).toContainText(demo.unit);
      const menu = page.getByRole('menu').first();
      for (const label of demo.menu) await expect(menu.getByRole('menuitem', { name: label })).toBeVisible();
      await expect(menu.getByRole('menuitem')).toHaveCount(demo.menu.length);
      await screenshot(page, `home-${demo.username}`);
      await signOut(page);
    });
  }

  // Residents and volunteers work on the phone pages: signing in at the main address leads there.
  for (const [username, name] of [
    ['volunteer1', '周美玲'],
    ['resident1', '杨阿伯'],
  ] as const) {
    test(`${username} signs in at the main address and lands on the phone pages`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in$/);
      await signIn(page, username);
      await expect(page).toHaveURL(/\/m$/);
      await expect(page.getByTestId('m-greeting')).toHaveText(`${name}，您好`);
    });
  }

  test('忘记密码 tells a resident whom to ask, and shows only what exists', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByText('志愿服务、积分与友邻超市')).toBeVisible();
    await expect(page.getByText('服务项目与服务统计')).toBeVisible();
    await expect(page.getByText(/评估|立项/)).toHaveCount(0);
    await page.getByTestId('forgot-password').click();
    const help = page.getByTestId('forgot-password-help');
    await expect(help).toContainText('社区居委会');
    await expect(help).toContainText('街道管理员为您重置密码');
    await screenshot(page, 'sign-in-forgot-password');
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(help).toBeHidden();
  });

  test('a wrong password shows a Chinese error', async ({ page }) => {
    await signIn(page, 'yuanshan.staff', 'not-the-password');
    await expect(page.getByTestId('sign-in-error')).toContainText('用户名或密码错误');
    await expect(page).toHaveURL(/\/sign-in/);
    await screenshot(page, 'sign-in-wrong-password');
  });

  test('an unknown mobile number signs in through the phone endpoint and fails the same way', async ({
    page,
  }) => {
    const request = page.waitForRequest((r) => r.url().includes('/api/auth/sign-in/phone-number'));
    await signIn(page, '13999999999', 'not-the-password');
    await request;
    await expect(page.getByTestId('sign-in-error')).toContainText('用户名或密码错误');
  });

  test('the language toggle switches labels to English and back', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByTestId('language-toggle').click();
    await expect(page.getByLabel('Username or mobile number')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await screenshot(page, 'sign-in-en');
    await page.getByTestId('language-toggle').click();
    await expect(page.getByLabel('用户名或手机号')).toBeVisible();

    await signIn(page, 'huli.admin');
    await expectHomeRole(page, '区级管理员');
    await page.getByTestId('language-toggle').click();
    await expectHomeRole(page, 'District administrator');
    const menu = page.getByRole('menu').first();
    await expect(menu.getByRole('menuitem', { name: 'Users & roles' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Audit log' })).toBeVisible();
    await screenshot(page, 'home-en');
    // The choice survives a reload.
    await page.reload();
    await expectHomeRole(page, 'District administrator');
    // Signed in, the choice is also saved on the account (PUT /api/v1/me/locale).
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/locale') && r.ok());
    await page.getByTestId('language-toggle').click();
    await saved;
    await expectHomeRole(page, '区级管理员');
    await expect(menu.getByRole('menuitem', { name: '用户与角色' })).toBeVisible();
  });

  test('an unknown address shows the 404 page inside the shell', async ({ page }) => {
    await signIn(page, 'yuanshan.staff');
    await expectHomeRole(page, '社区工作人员');
    await page.goto('/no-such-page');
    await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: '返回首页' }).click();
    await expectHomeRole(page, '社区工作人员');
  });
});

test.describe('sign-in on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('sign-in and home fit a 390 px screen, the menu is a drawer', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByText('湖里区政府购买社会工作服务平台').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'sign-in-mobile');

    await signIn(page, 'jiangtou.admin');
    await expectHomeRole(page, '街道管理员');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'home-mobile');

    await page.getByTestId('nav-drawer-toggle').click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('menuitem', { name: '用户与角色' })).toBeVisible();
    await screenshot(page, 'home-mobile-menu');
    await drawer.getByRole('menuitem', { name: '组织架构' }).click();
    await expect(page.getByRole('heading', { name: '组织架构' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'org-units-mobile');

    // Wide tables scroll inside their card; the page itself never scrolls sideways.
    await page.goto('/users');
    await expect(page.getByRole('heading', { name: '用户与角色' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /王海燕/ })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'users-mobile');
  });
});

// An activity's check-in at a station: a whole event's residents sign in on the station's Wi-Fi, behind one
// address, within a minute. The server runs with its rate limits on (playwright.config.ts), so none of the
// thirty may be refused; each has a session of its own, and the station's own browser still signs in after.
test('thirty people sign in from one address within a minute', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const people = ['resident1', 'volunteer1', 'jinshang.volunteer'];
  const phones = await Promise.all(
    Array.from({ length: 30 }, () => playwright.request.newContext({ baseURL })),
  );
  const names = await Promise.all(
    phones.map(async (phone, i) => {
      const signedIn = await phone.post('/api/auth/sign-in/username', {
        headers: { origin: baseURL ?? '' },
        data: { username: people[i % people.length], password: DEMO_PASSWORD },
      });
      expect(signedIn.status()).toBe(200);
      const me = await phone.get('/api/v1/me');
      expect(me.status()).toBe(200);
      return (await me.json()).user.name as string;
    }),
  );
  expect(new Set(names)).toEqual(new Set(['杨阿伯', '周美玲', '林晓燕']));
  await Promise.all(phones.map((phone) => phone.dispose()));

  await page.setViewportSize(PHONE);
  await signIn(page, 'resident1');
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto('/m');
  await expect(page.getByTestId('m-greeting')).toHaveText('杨阿伯，您好');
});

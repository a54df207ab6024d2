import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import {
  anHourAgo,
  DESKTOP,
  expectNoHorizontalOverflow,
  formItem,
  inDays,
  PHONE,
  pickOption,
  screenshot,
  signInAs,
} from './support';

// 议事协商 end to end: 园山's social worker plans a 书记下午茶, signs a participant in, puts an accepted
// need of the needs list on the agenda, records the decision and an action item for the volunteer team
// that volunteer1 (周美玲) leads, marks the meeting held and downloads the minutes; on a 390×844 phone the
// team leader marks the item done with a note and a photo; the desk then shows it done. Every screen is
// photographed at both sizes.

const expect = baseExpect.configure({ timeout: 30_000 });

const shoot = async (page: Page, name: string) => {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `meetings-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, `meetings-${name}-phone`);
  await page.setViewportSize(DESKTOP);
};

// A dialog's button clicked while the dialog still zooms in can lose the click: wait for it to settle,
// then save and see it close.
const save = async (dialog: Locator) => {
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
};

test('a 书记下午茶 takes a need, decides, assigns a team, and the team leader marks it done on the phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(480_000);
  const headers = { origin: baseURL ?? '' };
  const needTitle = `楼道灯维修${Date.now() % 100000}`;
  const what = '夜巡复查楼道灯';

  // The team leader's phone first: which team volunteer1 leads.
  const phoneContext = await browser.newContext({ viewport: PHONE, baseURL });
  const phone = await phoneContext.newPage();
  await signInAs(phone, 'volunteer1');
  const mine = await (await phone.request.get('/api/v1/me/action-items')).json();
  const teamName = mine.teams[0].name as string;

  // The desk: an accepted need of 园山 waits on the needs list.
  await signInAs(page, 'yuanshan.sw');
  const raised = await page.request.post('/api/v1/needs', {
    headers,
    data: {
      title: needTitle,
      category: 'facilities',
      targetGroup: 'allResidents',
      source: { kind: 'staff', note: '巡查发现' },
    },
  });
  expect(raised.status()).toBe(201);
  const needId = (await raised.json()).id as string;
  expect((await page.request.post(`/api/v1/needs/${needId}/accept`, { headers })).status()).toBe(200);

  await page.goto('/meetings');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'list');

  // 新建会议.
  await page.getByRole('button', { name: '新建会议' }).click();
  const form = page.getByRole('dialog');
  await formItem(form, '会议名称').locator('input').fill('书记下午茶：楼道安全');
  await formItem(form, '主持人').locator('input').fill('李秀梅');
  await formItem(form, '开始时间').locator('input').fill(anHourAgo());
  await formItem(form, '地点').locator('input').fill('园山社区党群服务中心');
  await shoot(page, 'new');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByText('书记下午茶：楼道安全').first()).toBeVisible();

  // A participant, signed in on the day.
  await page.getByRole('button', { name: '添加参会人员' }).click();
  const people = page.getByRole('dialog');
  await pickOption(page, formItem(people, '类别'), '其他');
  await formItem(people, '姓名或单位').locator('input').fill('王大伯');
  await formItem(people, '单位/身份').locator('input').fill('居民代表');
  await save(people);
  await page.getByRole('switch', { name: '签到 王大伯' }).click();
  await expect(page.getByText('应到 1 人，实到 1 人')).toBeVisible();

  // The need goes on the agenda; the decision and the team's action item follow.
  await page.getByRole('button', { name: '从需求清单选择' }).click();
  const pick = page.getByRole('dialog');
  await pickOption(page, formItem(pick, '选择已受理的需求'), `${needTitle}（已受理）`);
  await save(pick);
  await expect(page.getByTestId('agenda-item')).toContainText(needTitle);
  await page.getByRole('button', { name: '记录方案' }).click();
  const decide = page.getByRole('dialog');
  await formItem(decide, '讨论情况')
    .locator('textarea')
    .fill('居民反映三号楼楼道灯不亮，物业表示可以三日内更换。');
  await formItem(decide, '形成方案').locator('textarea').fill('物业三日内更换楼道灯，志愿队夜巡复查');
  await save(decide);
  await expect(
    page.getByTestId('agenda-item').getByText('物业三日内更换楼道灯，志愿队夜巡复查'),
  ).toBeVisible();
  await expect(page.getByText('需求状态：办理中')).toBeVisible();

  await page.getByRole('button', { name: '分派任务' }).click();
  const assign = page.getByRole('dialog');
  await formItem(assign, '事项').locator('textarea').fill(what);
  // A compound branch is indented under its community team in the picker; a community has many.
  await pickOption(page, formItem(assign, '志愿队'), `\u3000${teamName}`, teamName);
  await formItem(assign, '完成时限').locator('input').fill(inDays(7));
  await shoot(page, 'assign');
  await save(assign);
  await expect(page.getByRole('cell', { name: what })).toBeVisible();

  // 标记为已召开, then the minutes as .docx.
  await page.getByRole('button', { name: '标记为已召开' }).click();
  const held = page.getByRole('dialog');
  await formItem(held, '会议记录').locator('textarea').fill('会议讨论了楼道灯维修，形成一项方案并分派任务。');
  await formItem(held, '记录人').locator('input').fill('陈思远');
  await save(held);
  await expect(page.getByText('已召开').first()).toBeVisible();
  await shoot(page, 'detail');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载会议纪要' }).click();
  expect((await download).suggestedFilename()).toBe('书记下午茶：楼道安全会议纪要.docx');
  const meetingUrl = page.url();

  // The other desk pages: 任务督办 (overdue tab from the demo world) and the kinds and rules.
  await page.goto('/meetings/tasks?tab=overdue');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await shoot(page, 'tasks');
  await page.goto('/meetings/settings');
  await expect(page.getByText('楼栋议事会')).toBeVisible();
  await shoot(page, 'settings');

  // The phone: 我的任务 lists the new item; the leader marks it done with a note and a photo.
  await phone.goto('/m');
  await phone.getByTestId('m-tile-meetingTasks').click();
  await expect(phone).toHaveURL(/\/m\/tasks$/);
  const card = phone.getByTestId('m-task').filter({ hasText: what });
  await expect(card).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await screenshot(phone, 'meetings-my-tasks-phone');
  await card.getByRole('button', { name: '标记完成' }).click();
  const sheet = phone.getByTestId('m-task-done');
  await sheet.locator('textarea').fill('已夜巡复查，楼道灯全部正常');
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a8' } })
    .png()
    .toBuffer();
  await phone
    .getByTestId('m-task-photo')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(sheet).toContainText('已选择照片：photo.png');
  await screenshot(phone, 'meetings-done-sheet-phone');
  await sheet.getByRole('button', { name: '提交' }).click();
  await expect(phone.getByText('最近完成')).toBeVisible();
  await expect(phone.getByTestId('m-task').filter({ hasText: what })).toContainText('已完成');
  await screenshot(phone, 'meetings-my-tasks-done-phone');
  await phone.setViewportSize(DESKTOP);
  await screenshot(phone, 'meetings-my-tasks-desktop');
  await phoneContext.close();

  // The desk sees it done, with its evidence.
  await page.goto(meetingUrl);
  await expect(page.getByText('已夜巡复查，楼道灯全部正常')).toBeVisible();
  await expect(page.getByRole('img', { name: what })).toBeVisible();
  await shoot(page, 'detail-done');
});

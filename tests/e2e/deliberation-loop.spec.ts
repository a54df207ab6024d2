import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import {
  anHourAgo,
  confirmDialog,
  DESKTOP,
  expectNoHorizontalOverflow,
  formItem,
  inDays,
  PHONE,
  pickOption,
  screenshot,
  signInAs,
} from './support';

// The whole loop of issue 12: on a phone 园山's resident 杨阿伯 (resident1) posts a suggestion; 园山's
// social worker turns it into a need and accepts it, puts it on a 书记下午茶 agenda, records the decision
// and an action item for the volunteer team volunteer1 (周美玲) leads; the team leader marks the item done
// on her phone; the social worker resolves the need; 杨阿伯's phone shows the message and the result
// beside his suggestion.

const expect = baseExpect.configure({ timeout: 30_000 });

// The team list indents branches under their community team (so an option's title is not the bare name)
// and is virtual: scroll it until the team shows, then pick it.
const pickTeam = async (page: Page, field: Locator, name: string) => {
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: name }).first();
  await expect(async () => {
    if (!(await dropdown.isVisible())) await field.locator('.ant-select').first().click();
    // A click during the form's opening animation can be lost: fail this try (and click again) rather
    // than wait on a list that never opened. A short list has nothing to scroll.
    await expect(dropdown).toBeVisible({ timeout: 2_000 });
    const holder = dropdown.locator('.rc-virtual-list-holder');
    for (let i = 0; i < 20 && !(await option.isVisible()) && (await holder.count()) > 0; i++)
      await holder.first().evaluate((el) => el.scrollBy(0, 96), undefined, { timeout: 2_000 });
    await option.click({ timeout: 2_000 });
    await expect(field).toContainText(name, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
};

test('a suggestion becomes a need, goes to a 书记下午茶, is carried out, and the resident sees the result', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(540_000);
  const stamp = Date.now() % 100000;
  const title = `楼道扶手松动${stamp}`;
  const needTitle = `加固楼道扶手${stamp}`;
  const what = `复查楼道扶手${stamp}`;
  const resolution = '物业已加固3号楼楼道扶手，志愿队已复查。';

  // The resident's phone: 便民信箱 → 提建议.
  const residentContext = await browser.newContext({ viewport: PHONE, baseURL });
  const resident = await residentContext.newPage();
  await signInAs(resident, 'resident1');
  await resident.goto('/m/suggestions/new');
  await resident.getByPlaceholder('一句话说明您的建议').fill(title);
  await resident.getByPlaceholder('请写明具体情况和您的建议').fill('3号楼楼道扶手松动，老人上下楼很危险。');
  await resident.getByRole('button', { name: '提交建议' }).click();
  await expect(resident.getByTestId('my-suggestion').filter({ hasText: title })).toContainText('待处理');
  await screenshot(resident, 'loop-posted-phone');

  // The desk: the social worker turns the suggestion into a need and accepts it.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'yuanshan.sw');
  await page.goto(`/suggestions?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: '转为需求' }).click();
  const toNeed = page.getByRole('dialog', { name: '转为需求' });
  await formItem(toNeed, '需求标题').locator('input').fill(needTitle);
  await pickOption(page, formItem(toNeed, '需求类别'), '设施配套');
  await pickOption(page, formItem(toNeed, '服务对象'), '老年人');
  await toNeed.getByRole('button', { name: /转为需求/ }).click();
  await expect(toNeed).toBeHidden();
  await expect(page.getByTestId('suggestion-need')).toHaveText(needTitle);
  await screenshot(page, 'loop-suggestion-need-desktop');
  await page.getByTestId('suggestion-need').click();
  await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  const needUrl = page.url();
  await page.getByTestId('need-accept').click();
  await confirmDialog(page.locator('.ant-modal-confirm'), /受\s*理/);
  await expect(page.getByTestId('need-status')).toHaveText('已受理');

  // Which team volunteer1 leads.
  const leaderContext = await browser.newContext({ viewport: PHONE, baseURL });
  const leader = await leaderContext.newPage();
  await signInAs(leader, 'volunteer1');
  const teamName = (await (await leader.request.get('/api/v1/me/action-items')).json()).teams[0]
    .name as string;

  // 书记下午茶: the need on the agenda, the decision, the team's action item.
  await page.goto('/meetings');
  await page.getByRole('button', { name: '新建会议' }).click();
  const form = page.getByRole('dialog');
  await formItem(form, '会议名称').locator('input').fill(`书记下午茶：楼道扶手${stamp}`);
  await formItem(form, '主持人').locator('input').fill('李秀梅');
  await formItem(form, '开始时间').locator('input').fill(anHourAgo());
  await formItem(form, '地点').locator('input').fill('园山社区党群服务中心');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '从需求清单选择' }).click();
  const pick = page.getByRole('dialog');
  await pickOption(page, formItem(pick, '选择已受理的需求'), `${needTitle}（已受理）`);
  await pick.getByRole('button', { name: /保\s*存/ }).click();
  await expect(pick).toBeHidden();
  await expect(page.getByTestId('agenda-item')).toContainText(needTitle);
  await page.getByRole('button', { name: '记录方案' }).click();
  const decide = page.getByRole('dialog');
  await formItem(decide, '讨论情况').locator('textarea').fill('居民反映楼道扶手松动，物业同意加固。');
  await formItem(decide, '形成方案').locator('textarea').fill('物业一周内加固扶手，志愿队复查');
  await decide.getByRole('button', { name: /保\s*存/ }).click();
  await expect(decide).toBeHidden();
  await page.getByRole('button', { name: '分派任务' }).click();
  const assign = page.getByRole('dialog');
  await formItem(assign, '事项').locator('textarea').fill(what);
  await pickTeam(page, formItem(assign, '志愿队'), teamName);
  await formItem(assign, '完成时限').locator('input').fill(inDays(7));
  await assign.getByRole('button', { name: /保\s*存/ }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByRole('cell', { name: what })).toBeVisible();
  await screenshot(page, 'loop-meeting-desktop');

  // The team leader's phone: 标记完成.
  await leader.goto('/m/tasks');
  const card = leader.getByTestId('m-task').filter({ hasText: what });
  await card.getByRole('button', { name: '标记完成' }).click();
  await leader.getByTestId('m-task-done').locator('textarea').fill('已复查，扶手牢固');
  await leader.getByTestId('m-task-done').getByRole('button', { name: '提交' }).click();
  await expect(leader.getByTestId('m-task').filter({ hasText: what })).toContainText('已完成');
  await screenshot(leader, 'loop-task-done-phone');
  await leaderContext.close();

  // The desk resolves the need.
  await page.goto(needUrl);
  await page.getByTestId('need-resolve').click();
  const resolve = page.getByRole('dialog');
  await formItem(resolve, '办理结果').locator('textarea').fill(resolution);
  await resolve.getByRole('button', { name: /确\s*认/ }).click();
  await expect(page.getByTestId('need-status')).toHaveText('已办结');
  await screenshot(page, 'loop-need-resolved-desktop');

  // The resident's phone: the message, and the result beside the suggestion.
  await resident.goto('/m/notifications');
  await expect(resident.getByText('您反映的需求已办结').first()).toBeVisible();
  await expectNoHorizontalOverflow(resident);
  await screenshot(resident, 'loop-notification-phone');
  await resident.goto('/m/suggestions');
  const mine = resident.getByTestId('my-suggestion').filter({ hasText: title });
  await expect(mine.getByTestId('my-suggestion-need')).toContainText('已办结');
  await expect(mine.getByTestId('my-suggestion-result')).toContainText(resolution);
  await mine.scrollIntoViewIfNeeded();
  await screenshot(resident, 'loop-result-phone');
  await residentContext.close();
});

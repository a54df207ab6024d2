import { expect as baseExpect, type Page, test } from '@playwright/test';
import {
  confirmDialog,
  DESKTOP,
  expectNoHorizontalOverflow,
  formItem,
  PHONE,
  pickOption,
  screenshot,
  signInAs,
} from './support';

// 问卷调查 end to end: 园山's staff build a three-question survey (single choice, scale, text) and
// publish it; 园山's resident 杨阿伯 (resident1) answers it on a 390×844 phone, and a second answer is
// refused; the staff then see the answer in the results. 金尚's demo children survey shows its results
// split by respondent kind. The builder, the results and the phone list and form are photographed at
// both sizes.

// The machine is shared with other engineers' builds and servers: pages may take a while to load.
const expect = baseExpect.configure({ timeout: 30_000 });

const TITLE = `园山居民议事意愿调查 ${Date.now() % 100000}`;

const leave = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
};

const shoot = async (page: Page, name: string, first: 'desktop' | 'phone' = 'desktop') => {
  const sizes = first === 'desktop' ? ([DESKTOP, PHONE] as const) : ([PHONE, DESKTOP] as const);
  for (const size of sizes) {
    await page.setViewportSize(size);
    if (size === PHONE) await expectNoHorizontalOverflow(page);
    await screenshot(page, `surveys-${name}-${size === PHONE ? 'phone' : 'desktop'}`);
  }
};

test('staff build and publish a survey, a resident answers on the phone, staff see the result', async ({
  page,
}) => {
  test.setTimeout(360_000);

  // The desk: 新建问卷 with three questions.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'yuanshan.staff');
  await page.goto('/surveys');
  await expect(page.getByRole('heading', { name: '问卷调查' })).toBeVisible();
  await page.getByRole('button', { name: '新建问卷' }).first().click();
  await expect(page).toHaveURL(/\/surveys\/new$/);
  await page.getByTestId('survey-title').fill(TITLE);
  await page
    .getByPlaceholder('向填写人说明调查目的、用途和是否记名')
    .fill('了解居民参加书记下午茶的意愿，不记名。');

  await page.getByTestId('survey-add-question').click();
  const first = page.getByTestId('question-0');
  await first.getByPlaceholder('题目内容').fill('您是否愿意参加书记下午茶');
  await first.getByPlaceholder('选项 1').fill('愿意');
  await first.getByPlaceholder('选项 2').fill('不愿意');

  await page.getByTestId('survey-add-question').click();
  const second = page.getByTestId('question-1');
  await pickOption(page, second.locator('.ant-select').first(), '量表题');
  await second.getByPlaceholder('题目内容').fill('您对社区议事的满意度');

  await page.getByTestId('survey-add-question').click();
  const third = page.getByTestId('question-2');
  await pickOption(page, third.locator('.ant-select').first(), '填空题');
  await third.getByPlaceholder('题目内容').fill('您希望讨论的议题');
  await third.getByRole('switch').click();
  await shoot(page, 'builder');

  await page.setViewportSize(DESKTOP);
  await page.getByTestId('survey-save').click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
  await expect(page.getByText('问卷还是草稿')).toBeVisible();
  await page.getByTestId('survey-publish').click();
  await confirmDialog(page.locator('.ant-modal-confirm'), /确\s*定|OK/);
  await expect(page.locator('.ant-tag', { hasText: '进行中' })).toBeVisible();
  const surveyUrl = page.url();
  await leave(page);

  // The phone: 问卷调查 lists it; the form takes the answers; a thank-you page follows.
  await page.setViewportSize(PHONE);
  await signInAs(page, 'resident1');
  await page.goto('/m');
  await page.getByTestId('m-tile-surveys').click();
  await expect(page).toHaveURL(/\/m\/surveys$/);
  const card = page.locator('.adm-card', { hasText: TITLE });
  await expect(card).toContainText('去填写');
  await shoot(page, 'phone-list', 'phone');
  await page.setViewportSize(PHONE);
  await card.click();
  await expect(page.getByText('您是否愿意参加书记下午茶')).toBeVisible();
  // Sent without the required answers, the form says which questions are missing.
  await page.getByTestId('m-survey-submit').click();
  await expect(page.getByTestId('m-survey-error')).toHaveText('请先完成标出的必答题');
  await page.getByText('愿意', { exact: true }).click();
  await page.getByTestId('m-scale-4').click();
  await page.getByPlaceholder('请填写').fill('楼道照明和电动车充电');
  await shoot(page, 'phone-form', 'phone');
  await page.setViewportSize(PHONE);
  await page.getByTestId('m-survey-submit').click();
  await expect(page.getByText('提交成功，感谢您的参与！')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'surveys-phone-thanks-phone');
  await page.getByTestId('m-survey-back').click();
  await expect(page.locator('.adm-card', { hasText: TITLE })).toContainText('已填写');
  await leave(page);

  // The desk: the result shows the one phone answer and its text.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'yuanshan.staff');
  await page.goto(surveyUrl);
  await expect(page.getByTestId('results-summary')).toHaveText('共 1 份答卷（手机 1，纸质 0）');
  await expect(page.getByText('平均 4 分')).toBeVisible();
  await expect(page.getByText('楼道照明和电动车充电')).toBeVisible();
  await shoot(page, 'results');

  // 转为需求 from the text answer: it goes on the needs list and is marked.
  await page.setViewportSize(DESKTOP);
  await page.getByTestId('result-q3').getByRole('button', { name: '转为需求' }).click();
  const needDialog = page.locator('.ant-modal', { hasText: '列入需求清单' });
  await needDialog.getByLabel('需求标题').fill('楼道照明与电动车充电');
  await pickOption(page, formItem(needDialog, '需求类别'), '平安建设');
  await pickOption(page, formItem(needDialog, '服务对象'), '全体居民');
  await screenshot(page, 'surveys-raise-need-desktop');
  await needDialog.getByRole('button', { name: '列入需求清单' }).click();
  await expect(page.getByTestId('result-q3').getByText('已转需求')).toBeVisible();

  // A paper form entered at the desk counts beside the phone answer.
  await page.getByTestId('survey-paper').click();
  const paperDialog = page.locator('.ant-modal', { hasText: '录入纸质问卷' });
  await paperDialog.getByText('不愿意', { exact: true }).click();
  await paperDialog.locator('.ant-radio-button-wrapper', { hasText: '3' }).click();
  await screenshot(page, 'surveys-paper-desktop');
  await paperDialog.getByRole('button', { name: '保存答卷' }).click();
  await expect(paperDialog).toBeHidden();
  await expect(page.getByTestId('results-summary')).toHaveText('共 2 份答卷（手机 1，纸质 1）');
  await expect(page.getByText('平均 3.5 分')).toBeVisible();
  await leave(page);

  // 金尚's children survey of seed 004: results side by side for 社区工作者, 家长 and 儿童.
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'jinshang.staff');
  await page.goto('/surveys');
  await page.getByRole('link', { name: '金尚社区儿童友好型社区建设需求调研' }).click();
  await expect(page.getByText(/家长（\d+ 份）/).first()).toBeVisible();
  await shoot(page, 'results-by-kind');
});

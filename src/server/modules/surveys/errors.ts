import type { ErrorMessages } from '../../platform/errors';

export const surveyErrors = {
  'surveys.not_found': { zh: '问卷不存在', en: 'Survey not found' },
  'surveys.response_not_found': { zh: '答卷不存在', en: 'Response not found' },
  'surveys.invalid_definition': {
    zh: '问卷题目设置有误，请检查标出的题目',
    en: 'The questions are not set up correctly; check the marked ones',
  },
  'surveys.invalid_answers': {
    zh: '答卷未通过校验，请检查标出的题目',
    en: 'The answers are not valid; check the marked questions',
  },
  'surveys.not_draft': {
    zh: '只有草稿状态的问卷可以修改或删除，已发布的问卷题目不能再改',
    en: 'Only a draft can be edited or deleted; a published survey keeps its questions',
  },
  'surveys.not_publishable': {
    zh: '只有草稿状态的问卷可以发布',
    en: 'Only a draft can be published',
  },
  'surveys.no_questions': {
    zh: '问卷至少需要一道题目才能发布',
    en: 'A survey needs at least one question to be published',
  },
  'surveys.closes_in_past': {
    zh: '截止时间已过，请修改截止时间后再发布',
    en: 'The closing time has passed; change it before publishing',
  },
  'surveys.not_published': {
    zh: '只有已发布的问卷可以结束',
    en: 'Only a published survey can be closed',
  },
  'surveys.not_open': {
    zh: '问卷未发布或已结束，不能填写',
    en: 'The survey is not published or has closed',
  },
  'surveys.already_answered': { zh: '您已填写过该问卷', en: 'You have already answered this survey' },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof surveyErrors, true> {}
}

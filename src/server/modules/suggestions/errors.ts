import type { ErrorMessages } from '../../platform/errors';

export const suggestionErrors = {
  'suggestions.not_found': { zh: '建议不存在', en: 'Suggestion not found' },
  'suggestions.photo_not_found': { zh: '照片不存在', en: 'Photo not found' },
  'suggestions.wrong_status': {
    zh: '该建议当前的状态不能进行此操作，请刷新后再试',
    en: 'The suggestion is not in a state that allows this; reload and try again',
  },
  'suggestions.already_need': {
    zh: '该建议已转为需求',
    en: 'The suggestion has already become a need',
  },
  'suggestions.not_multipart': {
    zh: '请以表单方式提交建议',
    en: 'Send the suggestion as a multipart form',
  },
  'suggestions.unknown_compound': {
    zh: '所选小区不属于您的社区',
    en: 'The compound is not one of your community',
  },
  'suggestions.photo_invalid': {
    zh: '照片无法使用，请选择 JPEG、PNG 或 WebP 图片',
    en: 'A photo cannot be used; choose JPEG, PNG or WebP images',
  },
  'suggestions.photo_too_many': {
    zh: '最多上传3张照片',
    en: 'At most 3 photos',
  },
  'suggestions.photo_too_large': {
    zh: '照片太大，每张不超过10MB',
    en: 'A photo is too large; at most 10 MB each',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof suggestionErrors, true> {}
}

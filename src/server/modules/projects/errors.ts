import type { ErrorMessages } from '../../platform/errors';

export const projectErrors = {
  'projects.not_found': { zh: '项目不存在', en: 'Project not found' },
  'projects.duplicate_name': {
    zh: '该购买主体下已有同名项目',
    en: 'The purchaser already has a project with this name',
  },
  'projects.unknown_provider': {
    zh: '承接机构不存在，请选择已登记的社工机构',
    en: 'Unknown contractor; choose a registered social work organization',
  },
  'projects.purchaser_kind': {
    zh: '购买主体应为街道或社区',
    en: 'The purchaser must be a street or a community',
  },
  'projects.link_not_found': {
    zh: '所选项目不存在或您无权使用',
    en: 'The project does not exist or is not yours to use',
  },
  'projects.link_outside_unit': {
    zh: '该项目的购买主体不包括这项服务所属的单位',
    en: "The work's unit is outside the project's purchaser",
  },
  'projects.link_ended': {
    zh: '该项目已结束，不能再计入新的服务',
    en: 'The project has ended; no new work can join it',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof projectErrors, true> {}
}

import type { ErrorMessages } from '../../platform/errors';

export const caseErrors = {
  'visits.future_date': { zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'visits.plan_not_found': { zh: '该居民没有探访计划', en: 'This resident has no visit plan' },
  'visits.not_found': { zh: '探访记录不存在', en: 'Visit not found' },
  'visits.no_follow_up': { zh: '该次探访未标记需要跟进', en: 'This visit did not ask for follow-up' },
  'visits.follow_up_done': { zh: '该次探访已标记为已跟进', en: 'The follow-up is already done' },
  'visits.follow_up_before_visit': {
    zh: '跟进日期不能早于探访日期',
    en: 'The follow-up cannot be earlier than the visit',
  },
  'cases.not_found': { zh: '个案不存在', en: 'Case not found' },
  'cases.restricted': {
    zh: '个案记录仅限负责社工、督导和社区工作人员查看',
    en: 'Only the case worker, the supervisor and community staff may see this case',
  },
  'cases.closed': {
    zh: '个案已结案，不能再添加记录或更改阶段',
    en: 'The case is closed; it takes no more records or stage changes',
  },
  'cases.bad_stage': {
    zh: '个案只能进入下一阶段或直接结案，不能回退或跳过阶段',
    en: 'A case moves to the next stage or is closed; it never goes back or skips a stage',
  },
  'cases.closure_reason_required': { zh: '结案须填写原因', en: 'Closing needs a reason' },
  'cases.date_before_opening': { zh: '日期不能早于接案日期', en: 'The date is before the case was opened' },
  'cases.date_in_future': { zh: '日期不能晚于今天', en: 'The date is in the future' },
  'cases.invalid_supervisor': {
    zh: '督导须为本社区的社工或社区工作人员，且不能是负责社工本人',
    en: "The supervisor must be a social worker or staff member of the client's unit, not the case worker",
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof caseErrors, true> {}
}

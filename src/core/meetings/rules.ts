import type { ActionItemStatus, MeetingStatus } from './contract';

// The meetings' pure rules: which status change is allowed from where, what counts as overdue and on
// time, and the day a meeting falls on (the product's calendar is Asia/Shanghai).

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** The calendar day (Asia/Shanghai, `YYYY-MM-DD`) of an instant. */
export const shanghaiDayOf = (at: Date): string => shanghaiDate.format(at);

/** What may happen to a meeting, and from which statuses. */
export const meetingActionFrom = {
  edit: ['planned'],
  cancel: ['planned'],
  hold: ['planned'],
  /** Participants and the agenda change until the minutes are closed by a cancellation. */
  prepare: ['planned', 'held'],
} as const satisfies Record<string, readonly MeetingStatus[]>;
export type MeetingAction = keyof typeof meetingActionFrom;

export const mayMeeting = (action: MeetingAction, status: MeetingStatus): boolean =>
  (meetingActionFrom[action] as readonly MeetingStatus[]).includes(status);

/** What may happen to an action item, from which status, and where it goes. */
export const actionItemMoves = {
  done: { from: 'open', to: 'done' },
  reopen: { from: 'done', to: 'open' },
  cancel: { from: 'open', to: 'cancelled' },
} as const satisfies Record<string, { from: ActionItemStatus; to: ActionItemStatus }>;
export type ActionItemMove = keyof typeof actionItemMoves;

/**
 * Signing in, deciding and closing the minutes happen on the meeting's day or later: a meeting next
 * week has not taken place yet.
 */
export const meetingHasBegun = (startsAt: Date, today: string): boolean => shanghaiDayOf(startsAt) <= today;

/** Open and due before today. */
export const isOverdue = (item: { status: ActionItemStatus; dueOn: string }, today: string): boolean =>
  item.status === 'open' && item.dueOn < today;

/** Done on or before its due day (Asia/Shanghai). */
export const doneOnTime = (item: { dueOn: string; doneAt: Date | null }): boolean =>
  item.doneAt !== null && shanghaiDayOf(item.doneAt) <= item.dueOn;

/** The text shown on a meeting page while the unit keeps no rules of procedure of its own. */
export const defaultMeetingRules = [
  '一、议题征集：议题从居民需求清单、网格走访、便民信箱和居民提议中收集，会前由社区党委审定。',
  '二、会前公示：会议时间、地点和议题提前三天在小区公告栏和居民群公示。',
  '三、充分协商：参会各方平等发言，每人发言一般不超过五分钟，不搞一言堂。',
  '四、形成方案：协商一致的事项形成方案，明确责任方和完成时限；意见分歧较大的暂缓决定，会后再议。',
  '五、落实反馈：责任方按期完成并留存凭证，社区跟踪督办，结果向居民公开反馈。',
].join('\n');

import { maskName } from '../mask';
import type { SuggestionStatus } from './contract';

/** What staff do to a suggestion. */
export type SuggestionAction = 'route' | 'reply' | 'close' | 'toNeed';

/**
 * The statuses each action starts from. A routed suggestion may be routed again (to someone else); a
 * replied one may have its reply corrected; a closed one is finished.
 */
export const suggestionActionFrom: Record<SuggestionAction, readonly SuggestionStatus[]> = {
  route: ['submitted', 'routed'],
  reply: ['submitted', 'routed', 'replied'],
  close: ['submitted', 'routed', 'replied'],
  toNeed: ['submitted', 'routed', 'replied'],
};

/** Where an action leaves a suggestion; turning it into a need hands an untouched one on (转办). */
export function suggestionStatusAfter(action: SuggestionAction, from: SuggestionStatus): SuggestionStatus {
  switch (action) {
    case 'route':
      return 'routed';
    case 'reply':
      return 'replied';
    case 'close':
      return 'closed';
    case 'toNeed':
      return from === 'submitted' ? 'routed' : from;
  }
}

/** A suggestion without a first reply this many days after it came in is overdue. */
export const replyDueDays = 3;

const HOUR_MS = 3600_000;

/** Submitted → first reply in hours, one decimal; null while unanswered. */
export function responseHours(submittedAt: Date, repliedAt: Date | null): number | null {
  if (!repliedAt) return null;
  return Math.round(((repliedAt.getTime() - submittedAt.getTime()) / HOUR_MS) * 10) / 10;
}

/** Still open and unanswered past the deadline. */
export function isOverdue(
  s: { status: SuggestionStatus; submittedAt: Date; repliedAt: Date | null },
  now: Date,
): boolean {
  if (s.repliedAt || s.status === 'closed' || s.status === 'replied') return false;
  return now.getTime() - s.submittedAt.getTime() > replyDueDays * 24 * HOUR_MS;
}

/** How other residents see the author of a published suggestion: never whole. */
export function publicAuthorLabel(anonymous: boolean, name: string): string {
  return anonymous ? '匿名居民' : maskName(name);
}

/** A response time for people: hours under two days, else days (one decimal). */
export function responseTimeText(hours: number): string {
  if (hours < 48) return `${hours < 1 ? '<1' : Math.round(hours)}小时`;
  return `${Math.round((hours / 24) * 10) / 10}天`;
}

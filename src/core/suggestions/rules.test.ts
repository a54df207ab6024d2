import { describe, expect, it } from 'vitest';
import {
  isOverdue,
  publicAuthorLabel,
  responseHours,
  responseTimeText,
  suggestionActionFrom,
  suggestionStatusAfter,
} from './rules';

const at = (iso: string) => new Date(iso);

describe('suggestion rules', () => {
  it('lets a closed suggestion take no action, and a replied one no routing', () => {
    for (const action of ['route', 'reply', 'close', 'toNeed'] as const)
      expect(suggestionActionFrom[action]).not.toContain('closed');
    expect(suggestionActionFrom.route).not.toContain('replied');
  });

  it('moves an untouched suggestion on when it becomes a need, and leaves a replied one', () => {
    expect(suggestionStatusAfter('toNeed', 'submitted')).toBe('routed');
    expect(suggestionStatusAfter('toNeed', 'replied')).toBe('replied');
    expect(suggestionStatusAfter('reply', 'routed')).toBe('replied');
  });

  it('counts hours from submission to the first reply', () => {
    expect(responseHours(at('2026-01-01T08:00:00Z'), at('2026-01-02T20:30:00Z'))).toBe(36.5);
    expect(responseHours(at('2026-01-01T08:00:00Z'), null)).toBeNull();
  });

  it('is overdue only when open, unanswered and older than three days', () => {
    const now = at('2026-01-10T08:00:00Z');
    const old = { status: 'submitted' as const, submittedAt: at('2026-01-06T07:00:00Z'), repliedAt: null };
    expect(isOverdue(old, now)).toBe(true);
    expect(isOverdue({ ...old, submittedAt: at('2026-01-07T09:00:00Z') }, now)).toBe(false);
    expect(isOverdue({ ...old, status: 'routed' }, now)).toBe(true);
    expect(isOverdue({ ...old, status: 'closed' }, now)).toBe(false);
    expect(isOverdue({ ...old, repliedAt: at('2026-01-09T08:00:00Z') }, now)).toBe(false);
  });

  it('never shows an author whole to other residents', () => {
    expect(publicAuthorLabel(true, '王小明')).toBe('匿名居民');
    expect(publicAuthorLabel(false, '王小明')).toBe('王*明');
    expect(publicAuthorLabel(false, '王明')).toBe('王*');
  });

  it('words response times in hours, then days', () => {
    expect(responseTimeText(0.4)).toBe('<1小时');
    expect(responseTimeText(30)).toBe('30小时');
    expect(responseTimeText(72)).toBe('3天');
  });
});

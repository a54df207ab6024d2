import { describe, expect, it } from 'vitest';
import { needStatuses } from './contract';
import { daysBetween, mayNeed, median, needActionFrom, needStatusAfter } from './rules';

describe('need status rules', () => {
  it('walks the main line new → accepted → onAgenda → inProgress → resolved', () => {
    expect(needStatusAfter('accept', 'new')).toBe('accepted');
    expect(needStatusAfter('agenda', 'accepted')).toBe('onAgenda');
    expect(needStatusAfter('decide', 'onAgenda')).toBe('inProgress');
    expect(needStatusAfter('resolve', 'inProgress')).toBe('resolved');
    expect(needStatusAfter('reopen', 'resolved')).toBe('inProgress');
  });

  it('keeps a need where it is when it goes on another agenda or takes another decision', () => {
    expect(needStatusAfter('agenda', 'inProgress')).toBe('inProgress');
    expect(needStatusAfter('agenda', 'onAgenda')).toBe('onAgenda');
    expect(needStatusAfter('decide', 'inProgress')).toBe('inProgress');
  });

  it('lets nothing but reopening touch a resolved need, and nothing at all a declined or merged one', () => {
    const actions = Object.keys(needActionFrom) as (keyof typeof needActionFrom)[];
    expect(actions.filter((a) => mayNeed(a, 'resolved'))).toEqual(['reopen']);
    expect(actions.filter((a) => mayNeed(a, 'declined'))).toEqual([]);
    expect(actions.filter((a) => mayNeed(a, 'merged'))).toEqual([]);
    expect(needStatuses.filter((s) => mayNeed('accept', s))).toEqual(['new']);
    expect(mayNeed('decide', 'accepted')).toBe(false);
  });
});

describe('median and days', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 9])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });

  it('counts calendar days across a month end and a leap day', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toBe(3);
    expect(daysBetween('2025-01-31', '2025-01-31')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { doneOnTime, isOverdue, mayMeeting, meetingHasBegun, shanghaiDayOf } from './rules';

describe('meeting rules', () => {
  it('counts the day in Asia/Shanghai', () => {
    expect(shanghaiDayOf(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(shanghaiDayOf(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });

  it('lets a planned meeting be edited, cancelled or held, and a held one only prepared', () => {
    expect(mayMeeting('edit', 'planned')).toBe(true);
    expect(mayMeeting('cancel', 'held')).toBe(false);
    expect(mayMeeting('hold', 'cancelled')).toBe(false);
    expect(mayMeeting('prepare', 'held')).toBe(true);
    expect(mayMeeting('prepare', 'cancelled')).toBe(false);
  });

  it('has begun on its day and after, not before', () => {
    const startsAt = new Date('2026-03-02T06:00:00Z');
    expect(meetingHasBegun(startsAt, '2026-03-02')).toBe(true);
    expect(meetingHasBegun(startsAt, '2026-03-01')).toBe(false);
  });

  it('is overdue only when open and due before today', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-03-01' }, '2026-03-02')).toBe(false);
  });

  it('is on time when done by the end of the due day in Shanghai', () => {
    expect(doneOnTime({ dueOn: '2026-03-01', doneAt: new Date('2026-03-01T15:00:00Z') })).toBe(true);
    expect(doneOnTime({ dueOn: '2026-03-01', doneAt: new Date('2026-03-01T16:30:00Z') })).toBe(false);
    expect(doneOnTime({ dueOn: '2026-03-01', doneAt: null })).toBe(false);
  });
});

import type { Dayjs } from 'dayjs';
import type { Activity, ActivityInput, ActivityKind, Audience, TargetGroup } from '../../api/activities';
import { isoFromPicker, pickerNow, pickerValue } from './activityTime';

export type TimeRange = [Dayjs, Dayjs];

export type ActivityFormValues = {
  kind: ActivityKind;
  title: string;
  description?: string;
  brands: string[];
  targetGroups: TargetGroup[];
  place?: string;
  /** One range for an event; one per 节 for a group. */
  sessions: (TimeRange | null | undefined)[];
  capacity: number;
  registrationWindow: TimeRange;
  cancellationDeadline: Dayjs;
  priorityOpensAt?: Dayjs | null;
  audience: Audience;
  projectId?: string | null;
};

/** A new activity: tomorrow 09:00–11:00, sign-up from now until it starts. */
export const emptyActivityValues = (): ActivityFormValues => {
  const now = pickerNow().second(0).millisecond(0);
  const start = now.add(1, 'day').hour(9).minute(0);
  return {
    kind: 'event',
    title: '',
    description: '',
    brands: [],
    targetGroups: [],
    place: '',
    sessions: [[start, start.add(2, 'hour')]],
    capacity: 30,
    registrationWindow: [now, start],
    cancellationDeadline: start,
    audience: 'community',
    projectId: null,
  };
};

export const valuesFromActivity = (activity: Activity): ActivityFormValues => ({
  kind: activity.kind,
  title: activity.title,
  description: activity.description,
  brands: activity.brands,
  targetGroups: activity.targetGroups,
  place: activity.place,
  sessions: activity.sessions.map((s): TimeRange => [pickerValue(s.startsAt), pickerValue(s.endsAt)]),
  capacity: activity.capacity,
  registrationWindow: [pickerValue(activity.registrationOpensAt), pickerValue(activity.registrationClosesAt)],
  cancellationDeadline: pickerValue(activity.cancellationDeadline),
  priorityOpensAt: activity.priorityOpensAt ? pickerValue(activity.priorityOpensAt) : null,
  audience: activity.audience,
  projectId: activity.projectId,
});

export const inputFromValues = (values: ActivityFormValues): ActivityInput => {
  const sessions = values.sessions
    .filter((range): range is TimeRange => !!range)
    .map(([start, end]) => ({ startsAt: isoFromPicker(start), endsAt: isoFromPicker(end) }));
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    brands: values.brands.map((b) => b.trim()).filter(Boolean),
    targetGroups: values.targetGroups,
    place: values.place?.trim() ?? '',
    // An event has exactly one time, whatever was typed into the group's list before switching.
    sessions: values.kind === 'event' ? sessions.slice(0, 1) : sessions,
    capacity: values.capacity,
    registrationOpensAt: isoFromPicker(values.registrationWindow[0]),
    registrationClosesAt: isoFromPicker(values.registrationWindow[1]),
    cancellationDeadline: isoFromPicker(values.cancellationDeadline),
    priorityOpensAt: values.priorityOpensAt ? isoFromPicker(values.priorityOpensAt) : null,
    audience: values.audience,
    projectId: values.projectId ?? null,
  };
};

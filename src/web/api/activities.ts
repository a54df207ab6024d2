import type { z } from 'zod';
import type {
  ActivityView,
  activityInput,
  activityKinds,
  activityStatuses,
  audiences,
  RegistrationView,
  serviceTargetGroups,
} from '../../core/activities/contract';
import type {
  CheckInOutcome,
  MyActivity,
  MyRegistration,
  RegisterOutcome,
} from '../../core/activities/self-service-contract';
import type { MyNotification } from '../../core/notifications/contract';
import { apiRequest } from './client';
import { downloadFile } from './files';

export type Activity = ActivityView;
export type ActivitySession = ActivityView['sessions'][number];
export type ActivityInput = z.input<typeof activityInput>;
export type ActivityKind = (typeof activityKinds)[number];
export type ActivityStatus = (typeof activityStatuses)[number];
export type Audience = (typeof audiences)[number];
export type TargetGroup = (typeof serviceTargetGroups)[number];
export type Registration = RegistrationView;
export type StatusAction = 'publish' | 'finish' | 'cancel';
export type CheckInMethod = 'qr' | 'staff' | 'paper' | 'walkIn';

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for four lists.
export const ACTIVITY_KINDS = ['event', 'group'] as const satisfies readonly ActivityKind[];
export const ACTIVITY_STATUSES = [
  'draft',
  'published',
  'finished',
  'cancelled',
] as const satisfies readonly ActivityStatus[];
export const AUDIENCES = ['community', 'street', 'anyone'] as const satisfies readonly Audience[];
export const TARGET_GROUPS = [
  'elderly',
  'child',
  'hardship',
  'women',
  'volunteers',
  'all',
] as const satisfies readonly TargetGroup[];

export type ActivityListQuery = {
  q?: string;
  status?: ActivityStatus;
  kind?: ActivityKind;
  brand?: string;
  from?: string;
  to?: string;
  projectId?: string;
};

export type CheckInCode = { code: string; expiresAt: string };
export type AttendanceRow = { residentId: string; name: string; method: CheckInMethod; checkedInAt: string };
export type StaffCheckInResult = { added: number; alreadyPresent: number };

export type { CheckInOutcome, MyActivity, MyNotification, MyRegistration, RegisterOutcome };
export type MyNotificationList = { items: MyNotification[]; unread: number };

const activityPath = (id: string) => `/api/v1/activities/${encodeURIComponent(id)}`;
const sessionPath = (id: string, sessionId: string) =>
  `${activityPath(id)}/sessions/${encodeURIComponent(sessionId)}`;

export const listActivities = (query: ActivityListQuery): Promise<{ items: Activity[] }> =>
  apiRequest('/api/v1/activities', { query });

// The list as it shows, filtered or only the ticked activities, as 活动列表.xlsx; audited.
export const exportActivities = (query: ActivityListQuery): Promise<void> =>
  downloadFile('/api/v1/activities/export', '活动列表.xlsx', query);
export const exportSelectedActivities = (ids: readonly string[]): Promise<void> =>
  downloadFile('/api/v1/activities/export', '活动列表.xlsx', { ids });

export const getActivity = (id: string): Promise<Activity> => apiRequest(activityPath(id));

export const createActivity = (input: ActivityInput): Promise<Activity> =>
  apiRequest('/api/v1/activities', { method: 'POST', body: input });

export const updateActivity = (id: string, input: ActivityInput): Promise<Activity> =>
  apiRequest(activityPath(id), { method: 'PUT', body: input });

export const changeActivityStatus = (id: string, action: StatusAction): Promise<Activity> =>
  apiRequest(`${activityPath(id)}/${action}`, { method: 'POST', body: {} });

export const listRegistrations = (id: string): Promise<{ items: Registration[] }> =>
  apiRequest(`${activityPath(id)}/registrations`);

export const registerResident = (id: string, residentId: string): Promise<RegisterOutcome> =>
  apiRequest(`${activityPath(id)}/registrations`, { method: 'POST', body: { residentId } });

export const cancelRegistration = (registrationId: string): Promise<void> =>
  apiRequest(`/api/v1/registrations/${encodeURIComponent(registrationId)}`, { method: 'DELETE' });

export const getCheckInCode = (id: string, sessionId: string): Promise<CheckInCode> =>
  apiRequest(`${sessionPath(id, sessionId)}/check-in-code`);

export const listAttendance = (id: string, sessionId: string): Promise<{ items: AttendanceRow[] }> =>
  apiRequest(`${sessionPath(id, sessionId)}/attendance`);

export const checkInResidents = (
  id: string,
  sessionId: string,
  input: { residentIds: string[]; method: 'staff' | 'paper' | 'walkIn' },
): Promise<StaffCheckInResult> =>
  apiRequest(`${sessionPath(id, sessionId)}/attendance`, { method: 'POST', body: input });

export const setGuestCount = (id: string, sessionId: string, count: number): Promise<void> =>
  apiRequest(`${sessionPath(id, sessionId)}/guests`, { method: 'PUT', body: { count } });

// The paper sign-in sheet of a session (registered names, blank lines for walk-ins), to print.
export const downloadSignInSheet = (id: string, sessionId: string, format: 'xlsx' | 'docx'): Promise<void> =>
  downloadFile(`${sessionPath(id, sessionId)}/sign-in-sheet`, `签到表.${format}`, { format });

export const listMyActivities = (): Promise<{ items: MyActivity[] }> => apiRequest('/api/v1/me/activities');

/** 我的活动: my registrations ahead and behind, with waitlist places and check-ins. */
export const listMyRegistrations = (): Promise<{ items: MyRegistration[] }> =>
  apiRequest('/api/v1/me/registrations');

export const registerMe = (activityId: string): Promise<RegisterOutcome> =>
  apiRequest(`/api/v1/me/activities/${encodeURIComponent(activityId)}/registration`, {
    method: 'POST',
    body: {},
  });

export const cancelMine = (activityId: string): Promise<void> =>
  apiRequest(`/api/v1/me/activities/${encodeURIComponent(activityId)}/registration`, { method: 'DELETE' });

export const checkInMe = (code: string): Promise<CheckInOutcome> =>
  apiRequest('/api/v1/me/check-in', { method: 'POST', body: { code } });

export const listMyNotifications = (): Promise<MyNotificationList> => apiRequest('/api/v1/me/notifications');

// Without ids, every message is marked read.
export const markMyNotificationsRead = (ids?: string[]): Promise<MyNotificationList> =>
  apiRequest('/api/v1/me/notifications/read', { method: 'POST', body: ids ? { ids } : {} });

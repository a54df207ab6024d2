import { apiRequest } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { Page } from '../../api/types';

// Shifts, service records and corrections (民政部令第67号 record fields). The server's contract for
// these was still being written; the shapes below follow the schema (volunteers/schema.ts) and are
// replaced by the contract's types once it lands.

export const RECORD_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export type ServiceRecord = {
  id: string;
  volunteerId: string;
  volunteerName: string;
  volunteerNo: string;
  activityId: string | null;
  activityTitle: string | null;
  serviceDate: string;
  place: string;
  content: string;
  proposedMinutes: number;
  minutes: number | null;
  status: RecordStatus;
  correctionReason: string | null;
  rejectReason: string | null;
  late: boolean;
  createdAt: string;
};

export type RecordListQuery = {
  status?: RecordStatus;
  volunteerId?: string;
  from?: string;
  to?: string;
  late?: boolean;
  page: number;
  pageSize: number;
};

export type Correction = {
  id: string;
  recordId: string;
  volunteerName: string;
  serviceDate: string;
  content: string;
  currentMinutes: number;
  requestedMinutes: number;
  reason: string;
  status: 'open' | 'accepted' | 'declined';
  answer: string | null;
  createdAt: string;
};

export type Position = {
  id: string;
  activityId: string;
  activityTitle?: string;
  title: string;
  content: string;
  place: string;
  count: number;
  filled: number;
  startsAt: string;
  endsAt: string;
  /** On the phone: the caller's own live sign-up, if any. */
  myShiftId?: string | null;
};

export type PositionInput = {
  title: string;
  content: string;
  place: string;
  count: number;
  startsAt: string;
  endsAt: string;
};

export type Shift = {
  id: string;
  positionId: string;
  volunteerId: string;
  volunteerName: string;
  volunteerNo: string;
  status: 'signedUp' | 'cancelled';
  checkedInAt: string | null;
  checkedOutAt: string | null;
};

export type OwnRecords = {
  items: ServiceRecord[];
  approvedMinutes: number;
  starLevel: number;
};

const v1 = '/api/v1';
const enc = encodeURIComponent;

export const listRecords = (query: RecordListQuery): Promise<Page<ServiceRecord>> =>
  apiRequest(`${v1}/service-records`, { query });
export const enterRecord = (input: {
  volunteerId: string;
  serviceDate: string;
  place: string;
  content: string;
  minutes: number;
}): Promise<ServiceRecord> => apiRequest(`${v1}/service-records`, { method: 'POST', body: input });
export const approveRecord = (id: string, input: { minutes?: number; correctionReason?: string }) =>
  apiRequest<ServiceRecord>(`${v1}/service-records/${enc(id)}/approve`, { method: 'POST', body: input });
export const rejectRecord = (id: string, reason: string) =>
  apiRequest<ServiceRecord>(`${v1}/service-records/${enc(id)}/reject`, { method: 'POST', body: { reason } });
export const exportRecords = (query: { from?: string; to?: string }) =>
  downloadFile(`${v1}/service-records/export`, '志愿服务记录.xlsx', query);

export const listCorrections = () => apiRequest<{ items: Correction[] }>(`${v1}/service-record-corrections`);
export const answerCorrection = (id: string, accept: boolean, answer: string) =>
  apiRequest<Correction>(`${v1}/service-record-corrections/${enc(id)}/${accept ? 'accept' : 'decline'}`, {
    method: 'POST',
    body: { answer },
  });

export const listPositions = (activityId: string) =>
  apiRequest<{ items: Position[] }>(`${v1}/activities/${enc(activityId)}/volunteer-positions`);
export const createPosition = (activityId: string, input: PositionInput) =>
  apiRequest<Position>(`${v1}/activities/${enc(activityId)}/volunteer-positions`, {
    method: 'POST',
    body: input,
  });
export const updatePosition = (id: string, input: PositionInput) =>
  apiRequest<Position>(`${v1}/volunteer-positions/${enc(id)}`, { method: 'PATCH', body: input });
export const deletePosition = (id: string) =>
  apiRequest<void>(`${v1}/volunteer-positions/${enc(id)}`, { method: 'DELETE' });
export const listShifts = (positionId: string) =>
  apiRequest<{ items: Shift[] }>(`${v1}/volunteer-positions/${enc(positionId)}/shifts`);
export const checkShift = (shiftId: string, step: 'check-in' | 'check-out') =>
  apiRequest<Shift>(`${v1}/volunteer-shifts/${enc(shiftId)}/${step}`, { method: 'POST', body: {} });

// ---- The phone ----
export const listOpenPositions = () => apiRequest<{ items: Position[] }>(`${v1}/me/volunteer-positions`);
export const signUp = (positionId: string) =>
  apiRequest<Shift>(`${v1}/volunteer-positions/${enc(positionId)}/shifts`, { method: 'POST', body: {} });
export const cancelShift = (shiftId: string) =>
  apiRequest<void>(`${v1}/volunteer-shifts/${enc(shiftId)}`, { method: 'DELETE' });
export const ownRecords = () => apiRequest<OwnRecords>(`${v1}/me/service-records`);
export const requestCorrection = (recordId: string, input: { requestedMinutes: number; reason: string }) =>
  apiRequest<Correction>(`${v1}/me/service-records/${enc(recordId)}/corrections`, {
    method: 'POST',
    body: input,
  });

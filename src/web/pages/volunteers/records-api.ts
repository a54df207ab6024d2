import type { z } from 'zod';
import type {
  CorrectionView,
  OwnPositionView,
  ownServiceRecords,
  PositionInput,
  PositionUpdateInput,
  PositionView,
  ServiceRecordInput,
  ServiceRecordView,
  ShiftView,
  VolunteerSettingsInput,
  VolunteerSettingsView,
} from '../../../core/volunteers/contract';
import { serviceRecordStatuses } from '../../../core/volunteers/contract';
import { apiRequest } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { Page } from '../../api/types';

// Shifts, service records (民政部令第67号 record fields) and corrections, as the server's contract
// types them.

export const RECORD_STATUSES = serviceRecordStatuses;
export type RecordStatus = (typeof serviceRecordStatuses)[number];
export type ServiceRecord = ServiceRecordView;
export type Correction = CorrectionView;
export type Position = PositionView & { myShiftId?: string | null };
export type Shift = ShiftView;
export type OwnRecords = z.infer<typeof ownServiceRecords>;
export type { PositionInput, PositionUpdateInput, VolunteerSettingsInput, VolunteerSettingsView };

export type RecordListQuery = {
  status?: RecordStatus;
  volunteerId?: string;
  from?: string;
  to?: string;
  late?: boolean;
  page: number;
  pageSize: number;
};

const v1 = '/api/v1';
const enc = encodeURIComponent;

export const listRecords = (query: RecordListQuery): Promise<Page<ServiceRecord>> =>
  apiRequest(`${v1}/service-records`, { query });
export const enterRecord = (input: ServiceRecordInput): Promise<ServiceRecord> =>
  apiRequest(`${v1}/service-records`, { method: 'POST', body: input });
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
export const updatePosition = (id: string, input: PositionUpdateInput) =>
  apiRequest<Position>(`${v1}/volunteer-positions/${enc(id)}`, { method: 'PATCH', body: input });
export const deletePosition = (id: string) =>
  apiRequest<void>(`${v1}/volunteer-positions/${enc(id)}`, { method: 'DELETE' });
export const listShifts = (positionId: string) =>
  apiRequest<{ items: Shift[] }>(`${v1}/volunteer-positions/${enc(positionId)}/shifts`);
export const checkShift = (shiftId: string, step: 'check-in' | 'check-out') =>
  apiRequest<Shift>(`${v1}/volunteer-shifts/${enc(shiftId)}/${step}`, { method: 'POST', body: {} });

// ---- The phone ----
export const listOpenPositions = () =>
  apiRequest<{ items: OwnPositionView[] }>(`${v1}/me/volunteer-positions`);
export const signUp = (positionId: string) =>
  apiRequest<Shift>(`${v1}/volunteer-positions/${enc(positionId)}/shifts`, { method: 'POST', body: {} });
export const cancelShift = (shiftId: string) =>
  apiRequest<void>(`${v1}/me/volunteer-shifts/${enc(shiftId)}`, { method: 'DELETE' });
export const ownRecords = () => apiRequest<OwnRecords>(`${v1}/me/service-records`);
export const requestCorrection = (recordId: string, input: { requestedMinutes: number; reason: string }) =>
  apiRequest<Correction>(`${v1}/me/service-records/${enc(recordId)}/corrections`, {
    method: 'POST',
    body: input,
  });

export const getSettings = () => apiRequest<VolunteerSettingsView>(`${v1}/volunteer-settings`);
export const putSettings = (input: VolunteerSettingsInput) =>
  apiRequest<VolunteerSettingsView>(`${v1}/volunteer-settings`, { method: 'PUT', body: input });

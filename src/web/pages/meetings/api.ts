import type {
  ActionDoneInput,
  ActionItemInput,
  ActionItemView,
  AgendaItemInput,
  MeetingDetail,
  MeetingInput,
  MeetingKindView,
  MeetingRulesView,
  MeetingSummary,
  ParticipantInput,
  ParticipantView,
} from '../../../core/meetings/contract';
import { apiRequest } from '../../api/client';
import { downloadFile, sendFile } from '../../api/files';
import type { Page } from '../../api/types';

export type {
  ActionItemInput,
  ActionItemView,
  MeetingDetail,
  MeetingKindView,
  MeetingRulesView,
  MeetingSummary,
  ParticipantInput,
  ParticipantView,
};
export type MeetingFormInput = Omit<MeetingInput, 'endsAt'> & { endsAt?: string | null };

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for a few lists.
export const BUILT_IN_KINDS = [
  'secretaryTea',
  'quarterlyCoordination',
  'jointMeeting',
  'compoundParlour',
  'thinkTank',
] as const satisfies readonly MeetingSummary['kind'][];
export const MEETING_STATUSES = [
  'planned',
  'held',
  'cancelled',
] as const satisfies readonly MeetingSummary['status'][];
export const PARTICIPANT_KINDS = [
  'staff',
  'volunteer',
  'partner',
  'resident',
  'other',
] as const satisfies readonly ParticipantView['kind'][];
export const ASSIGNEE_KINDS = [
  'volunteerTeam',
  'partner',
  'staff',
] as const satisfies readonly ActionItemView['assigneeKind'][];

const v1 = '/api/v1';
const meetingPath = (id: string) => `${v1}/meetings/${id}`;

export type MeetingListQuery = {
  status?: MeetingSummary['status'];
  kind?: MeetingSummary['kind'];
  q?: string;
  page: number;
  pageSize: number;
};
export const listMeetings = (query: MeetingListQuery): Promise<Page<MeetingSummary>> =>
  apiRequest(`${v1}/meetings`, { query });
export const getMeeting = (id: string): Promise<MeetingDetail> => apiRequest(meetingPath(id));
export const createMeeting = (input: MeetingFormInput): Promise<MeetingSummary> =>
  apiRequest(`${v1}/meetings`, { method: 'POST', body: input });
export const updateMeeting = (id: string, input: MeetingFormInput): Promise<MeetingSummary> =>
  apiRequest(meetingPath(id), { method: 'PUT', body: input });
export const cancelMeeting = (id: string, reason: string): Promise<MeetingSummary> =>
  apiRequest(`${meetingPath(id)}/cancel`, { method: 'POST', body: { reason } });
export const markHeld = (
  id: string,
  input: { minutes: string; recorderName: string },
): Promise<MeetingSummary> => apiRequest(`${meetingPath(id)}/held`, { method: 'POST', body: input });
export const downloadMinutes = (id: string, title: string) =>
  downloadFile(`${meetingPath(id)}/minutes`, `${title}会议纪要.docx`);

export type AgendaCandidate = { id: string; title: string; status: string; category: string };
export const agendaCandidates = (id: string): Promise<{ items: AgendaCandidate[] }> =>
  apiRequest(`${meetingPath(id)}/agenda-candidates`);
export type StaffCandidate = { userId: string; name: string; role: string };
export const staffCandidates = (id: string): Promise<{ items: StaffCandidate[] }> =>
  apiRequest(`${meetingPath(id)}/staff-candidates`);

export const addParticipants = (id: string, items: ParticipantInput[]): Promise<void> =>
  apiRequest(`${meetingPath(id)}/participants`, { method: 'POST', body: { items } });
export const removeParticipant = (id: string): Promise<void> =>
  apiRequest(`${v1}/meeting-participants/${id}`, { method: 'DELETE' });
export const signIn = (id: string, signedIn: boolean): Promise<ParticipantView> =>
  apiRequest(`${v1}/meeting-participants/${id}/sign-in`, { method: 'POST', body: { signedIn } });

export const addAgendaItem = (id: string, input: AgendaItemInput): Promise<{ id: string }> =>
  apiRequest(`${meetingPath(id)}/agenda-items`, { method: 'POST', body: input });
export const reorderAgenda = (id: string, ids: string[]): Promise<void> =>
  apiRequest(`${meetingPath(id)}/agenda-order`, { method: 'PUT', body: { ids } });
export const removeAgendaItem = (id: string): Promise<void> =>
  apiRequest(`${v1}/agenda-items/${id}`, { method: 'DELETE' });
export const recordDecision = (id: string, input: { discussion: string; decision: string }): Promise<void> =>
  apiRequest(`${v1}/agenda-items/${id}/decision`, { method: 'POST', body: input });
export const createActionItem = (agendaItemId: string, input: ActionItemInput): Promise<{ id: string }> =>
  apiRequest(`${v1}/agenda-items/${agendaItemId}/action-items`, { method: 'POST', body: input });

export type ActionItemQuery = {
  status?: ActionItemView['status'];
  overdue?: boolean;
  assigneeKind?: ActionItemView['assigneeKind'];
  meetingId?: string;
  page: number;
  pageSize: number;
};
export type ActionCounts = { open: number; overdue: number; done: number; cancelled: number };
export const listActionItems = (
  query: ActionItemQuery,
): Promise<Page<ActionItemView> & { counts: ActionCounts }> => apiRequest(`${v1}/action-items`, { query });
export const markActionDone = (id: string, input: ActionDoneInput): Promise<ActionItemView> =>
  apiRequest(`${v1}/action-items/${id}/done`, { method: 'POST', body: input });
export const moveActionItem = (
  id: string,
  how: 'reopen' | 'cancel',
  reason: string,
): Promise<ActionItemView> =>
  apiRequest(`${v1}/action-items/${id}/${how}`, { method: 'POST', body: { reason } });
export const uploadActionPhoto = async (id: string, file: File, own = false): Promise<void> => {
  const body = new FormData();
  body.append('file', file, file.name);
  await sendFile(`${v1}${own ? '/me' : ''}/action-items/${id}/photos`, { method: 'POST', body });
};
export const actionPhotoUrl = (photoId: string, membershipId: string | undefined) =>
  `${v1}/action-item-photos/${photoId}/thumb${membershipId ? `?membership=${membershipId}` : ''}`;

export type MyActionItems = { teams: { id: string; name: string }[]; items: ActionItemView[] };
export const myActionItems = (): Promise<MyActionItems> => apiRequest(`${v1}/me/action-items`);
export const markMyActionDone = (id: string, note: string): Promise<ActionItemView> =>
  apiRequest(`${v1}/me/action-items/${id}/done`, { method: 'POST', body: { note } });

export const listKinds = (): Promise<{ items: MeetingKindView[] }> => apiRequest(`${v1}/meeting-kinds`);
export const createKind = (name: string): Promise<MeetingKindView> =>
  apiRequest(`${v1}/meeting-kinds`, { method: 'POST', body: { name } });
export const renameKind = (id: string, name: string): Promise<MeetingKindView> =>
  apiRequest(`${v1}/meeting-kinds/${id}`, { method: 'PUT', body: { name } });
export const deleteKind = (id: string): Promise<void> =>
  apiRequest(`${v1}/meeting-kinds/${id}`, { method: 'DELETE' });
export const getRules = (): Promise<MeetingRulesView> => apiRequest(`${v1}/meeting-rules`);
export const putRules = (body: string): Promise<MeetingRulesView> =>
  apiRequest(`${v1}/meeting-rules`, { method: 'PUT', body: { body } });

import type { z } from 'zod';
import type {
  CommendationView,
  commendationCreated,
  commendationInput,
  guardianConsentInput,
  OwnVolunteerView,
  RankingQuery,
  RankingView,
  TeamDetail,
  TeamNode,
  TeamView,
  TrainingChain,
  TrainingView,
  teamInput,
  trainingInput,
  VolunteerDetail,
  VolunteerSummary,
  volunteerApplicationInput,
  volunteerCreateInput,
  volunteerReveal,
  volunteerUpdateInput,
} from '../../../core/volunteers/contract';
import { apiRequest } from '../../api/client';
import { downloadFile, downloadIssuedFile } from '../../api/files';
import type { Page } from '../../api/types';

export type {
  CommendationView,
  OwnVolunteerView,
  RankingView,
  TeamDetail,
  TeamNode,
  TeamView,
  TrainingChain,
  TrainingView,
  VolunteerDetail,
  VolunteerSummary,
};
export type VolunteerCreateInput = z.input<typeof volunteerCreateInput>;
export type VolunteerApplicationInput = z.input<typeof volunteerApplicationInput>;
export type VolunteerUpdateInput = z.input<typeof volunteerUpdateInput>;
export type VolunteerReveal = z.infer<typeof volunteerReveal>;
export type GuardianConsent = z.input<typeof guardianConsentInput>;
export type TeamInput = z.input<typeof teamInput>;
export type TrainingInput = z.input<typeof trainingInput>;
export type CommendationInput = z.input<typeof commendationInput>;
export type CommendationCreated = z.infer<typeof commendationCreated>;

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for a few lists.
export const VOLUNTEER_STATUSES = [
  'applied',
  'active',
  'rejected',
  'left',
] as const satisfies readonly VolunteerSummary['status'][];
export const VOLUNTEER_ROLES = ['backbone', 'member'] as const satisfies readonly VolunteerSummary['role'][];
export const AFFILIATIONS = [
  'resident',
  'ownersCommittee',
  'propertyManager',
  'partyMember',
  'business',
  'other',
] as const satisfies readonly VolunteerSummary['affiliation'][];
export const TRAINER_KINDS = [
  'socialWorker',
  'backbone',
  'external',
] as const satisfies readonly TrainingView['trainerKind'][];

export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];
export type Affiliation = (typeof AFFILIATIONS)[number];
export type TrainerKind = (typeof TRAINER_KINDS)[number];

export type VolunteerListQuery = {
  q?: string;
  status?: VolunteerStatus;
  role?: VolunteerRole;
  affiliation?: Affiliation;
  teamId?: string;
  page: number;
  pageSize: number;
};

const v1 = '/api/v1';
const volunteerPath = (id: string) => `${v1}/volunteers/${encodeURIComponent(id)}`;
const teamPath = (id: string) => `${v1}/volunteer-teams/${encodeURIComponent(id)}`;
const trainingPath = (id: string) => `${v1}/volunteer-trainings/${encodeURIComponent(id)}`;

// ---- Registry ----
export const listVolunteers = (query: VolunteerListQuery): Promise<Page<VolunteerSummary>> =>
  apiRequest(`${v1}/volunteers`, { query });
// The registry as the list shows it (masked), filtered or only the ticked volunteers; audited.
export const exportVolunteers = ({
  page: _page,
  pageSize: _size,
  ...filters
}: VolunteerListQuery): Promise<void> => downloadFile(`${v1}/volunteers/export`, '志愿者名册.xlsx', filters);
export const exportSelectedVolunteers = (ids: readonly string[]): Promise<void> =>
  downloadFile(`${v1}/volunteers/export`, '志愿者名册.xlsx', { ids });
export const getVolunteer = (id: string): Promise<VolunteerDetail> => apiRequest(volunteerPath(id));
export const createVolunteer = (input: VolunteerCreateInput): Promise<VolunteerDetail> =>
  apiRequest(`${v1}/volunteers`, { method: 'POST', body: input });
export const updateVolunteer = (id: string, input: VolunteerUpdateInput): Promise<VolunteerDetail> =>
  apiRequest(volunteerPath(id), { method: 'PATCH', body: input });
export const setVolunteerStatus = (
  id: string,
  input: { status: 'active' | 'left'; reason: string },
): Promise<VolunteerDetail> => apiRequest(`${volunteerPath(id)}/status`, { method: 'POST', body: input });
export const approveVolunteer = (id: string): Promise<VolunteerDetail> =>
  apiRequest(`${volunteerPath(id)}/approve`, { method: 'POST' });
export const rejectVolunteer = (id: string, reason: string): Promise<VolunteerDetail> =>
  apiRequest(`${volunteerPath(id)}/reject`, { method: 'POST', body: { reason } });
export const revealVolunteer = (id: string, reason: string): Promise<VolunteerReveal> =>
  apiRequest(`${volunteerPath(id)}/reveal`, { method: 'POST', body: { reason } });
export const downloadCertificate = (id: string, name: string, query?: { from?: string; to?: string }) =>
  downloadIssuedFile(`${volunteerPath(id)}/certificate`, `志愿服务证明-${name}.docx`, query ?? {});

// ---- The phone: one's own record ----
export const getOwnVolunteer = (): Promise<OwnVolunteerView> => apiRequest(`${v1}/me/volunteer`);
export const applyAsVolunteer = (input: VolunteerApplicationInput): Promise<OwnVolunteerView> =>
  apiRequest(`${v1}/me/volunteer-application`, { method: 'POST', body: input });
export const downloadOwnCertificate = () =>
  downloadIssuedFile(`${v1}/me/certificate`, '志愿服务证明.docx', {});

// ---- Teams ----
export const getTeamTree = (): Promise<{ items: TeamNode[] }> => apiRequest(`${v1}/volunteer-teams`);
export const getTeam = (id: string): Promise<TeamDetail> => apiRequest(teamPath(id));
export const createTeam = (input: TeamInput): Promise<TeamView> =>
  apiRequest(`${v1}/volunteer-teams`, { method: 'POST', body: input });
export const updateTeam = (id: string, input: TeamInput): Promise<TeamView> =>
  apiRequest(teamPath(id), { method: 'PUT', body: input });
export const deleteTeam = (id: string): Promise<void> => apiRequest(teamPath(id), { method: 'DELETE' });
export const addTeamMember = (
  id: string,
  input: { volunteerId: string; isLeader: boolean },
): Promise<TeamDetail> => apiRequest(`${teamPath(id)}/members`, { method: 'POST', body: input });
export const removeTeamMember = (id: string, volunteerId: string): Promise<TeamDetail> =>
  apiRequest(`${teamPath(id)}/members/remove`, { method: 'POST', body: { volunteerId } });

// ---- Trainings ----
export const listTrainings = (query: { from?: string; to?: string; trainerKind?: TrainerKind }) =>
  apiRequest<{ items: TrainingView[] }>(`${v1}/volunteer-trainings`, { query });
export const getTrainingChain = (): Promise<TrainingChain> => apiRequest(`${v1}/volunteer-trainings/chain`);
export const volunteerTrainings = (id: string) =>
  apiRequest<{ items: TrainingView[] }>(`${volunteerPath(id)}/trainings`);
export const createTraining = (input: TrainingInput): Promise<TrainingView> =>
  apiRequest(`${v1}/volunteer-trainings`, { method: 'POST', body: input });
export const updateTraining = (id: string, input: TrainingInput): Promise<TrainingView> =>
  apiRequest(trainingPath(id), { method: 'PUT', body: input });
export const deleteTraining = (id: string): Promise<void> =>
  apiRequest(trainingPath(id), { method: 'DELETE' });

// ---- Commendations and rankings ----
export const listCommendations = (query: { period?: string }) =>
  apiRequest<{ items: CommendationView[] }>(`${v1}/commendations`, { query });
export const volunteerCommendations = (id: string) =>
  apiRequest<{ items: CommendationView[] }>(`${volunteerPath(id)}/commendations`);
export const createCommendation = (input: CommendationInput): Promise<CommendationCreated> =>
  apiRequest(`${v1}/commendations`, { method: 'POST', body: input });
export const getRankings = (query: RankingQuery): Promise<RankingView> =>
  apiRequest(`${v1}/volunteer-rankings`, { query });

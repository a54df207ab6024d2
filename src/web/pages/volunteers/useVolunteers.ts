import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import {
  addTeamMember,
  applyAsVolunteer,
  approveVolunteer,
  createCommendation,
  createTeam,
  createTraining,
  createVolunteer,
  deleteTeam,
  deleteTraining,
  getOwnVolunteer,
  getRankings,
  getTeam,
  getTeamTree,
  getTrainingChain,
  getVolunteer,
  listCommendations,
  listTrainings,
  listVolunteers,
  rejectVolunteer,
  removeTeamMember,
  setVolunteerStatus,
  type TeamInput,
  type TrainerKind,
  type TrainingInput,
  updateTeam,
  updateTraining,
  updateVolunteer,
  type VolunteerListQuery,
  type VolunteerUpdateInput,
  volunteerCommendations,
  volunteerTrainings,
} from './api';

// A refused (403) or missing (404) record will not change on a retry.
const noRetryOnRefusal = (count: number, error: unknown) =>
  !(isApiError(error) && [403, 404].includes(error.status)) && count < 2;

export const useVolunteerList = (query: VolunteerListQuery) =>
  useQuery({
    queryKey: ['volunteers', 'list', query],
    queryFn: () => listVolunteers(query),
    placeholderData: keepPreviousData,
  });

export const useVolunteer = (id: string | undefined) =>
  useQuery({
    queryKey: ['volunteers', 'detail', id],
    queryFn: () => getVolunteer(id!),
    enabled: !!id,
    retry: noRetryOnRefusal,
  });

export const useVolunteerTrainings = (id: string) =>
  useQuery({ queryKey: ['volunteers', 'trainings-of', id], queryFn: () => volunteerTrainings(id) });

export const useVolunteerCommendations = (id: string) =>
  useQuery({ queryKey: ['volunteers', 'commendations-of', id], queryFn: () => volunteerCommendations(id) });

// A volunteer's change shows in the lists, teams, rankings, the phone page and the audit log.
const useInvalidateVolunteers = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['volunteers'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useCreateVolunteer = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: createVolunteer, onSuccess: invalidate });
};

export const useUpdateVolunteer = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: VolunteerUpdateInput }) => updateVolunteer(id, input),
    onSuccess: invalidate,
  });
};

export const useScreenVolunteer = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({ id, reject }: { id: string; reject?: string }) =>
      reject === undefined ? approveVolunteer(id) : rejectVolunteer(id, reject),
    onSuccess: invalidate,
  });
};

export const useVolunteerStatus = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({ id, status, reason }: { id: string; status: 'active' | 'left'; reason: string }) =>
      setVolunteerStatus(id, { status, reason }),
    onSuccess: invalidate,
  });
};

// ---- The phone ----
export const useOwnVolunteer = () =>
  useQuery({ queryKey: ['volunteers', 'own'], queryFn: getOwnVolunteer, retry: noRetryOnRefusal });

export const useApplyAsVolunteer = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: applyAsVolunteer, onSuccess: invalidate });
};

// ---- Teams ----
export const useTeamTree = () => useQuery({ queryKey: ['volunteers', 'teams'], queryFn: getTeamTree });

export const useTeam = (id: string | undefined) =>
  useQuery({ queryKey: ['volunteers', 'team', id], queryFn: () => getTeam(id!), enabled: !!id });

export const useSaveTeam = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: TeamInput }) =>
      id ? updateTeam(id, input) : createTeam(input),
    onSuccess: invalidate,
  });
};

export const useDeleteTeam = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: deleteTeam, onSuccess: invalidate });
};

export const useTeamMember = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({
      teamId,
      volunteerId,
      isLeader,
      remove,
    }: {
      teamId: string;
      volunteerId: string;
      isLeader?: boolean;
      remove?: boolean;
    }) =>
      remove
        ? removeTeamMember(teamId, volunteerId)
        : addTeamMember(teamId, { volunteerId, isLeader: isLeader ?? false }),
    onSuccess: invalidate,
  });
};

// ---- Trainings ----
export const useTrainings = (query: { trainerKind?: TrainerKind }) =>
  useQuery({
    queryKey: ['volunteers', 'trainings', query],
    queryFn: () => listTrainings(query),
    placeholderData: keepPreviousData,
  });

export const useTrainingChain = () =>
  useQuery({ queryKey: ['volunteers', 'training-chain'], queryFn: getTrainingChain });

export const useSaveTraining = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: TrainingInput }) =>
      id ? updateTraining(id, input) : createTraining(input),
    onSuccess: invalidate,
  });
};

export const useDeleteTraining = () => {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: deleteTraining, onSuccess: invalidate });
};

// ---- Commendations and rankings ----
export const useRankings = (period: string, by: 'volunteer' | 'team' | 'community') =>
  useQuery({
    queryKey: ['volunteers', 'rankings', period, by],
    queryFn: () => getRankings({ period, by }),
    placeholderData: keepPreviousData,
  });

export const useCommendations = (period: string) =>
  useQuery({
    queryKey: ['volunteers', 'commendations', period],
    queryFn: () => listCommendations({ period }),
  });

export const useCommend = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommendation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['volunteers'] }),
        queryClient.invalidateQueries({ queryKey: ['points'] }),
      ]),
  });
};

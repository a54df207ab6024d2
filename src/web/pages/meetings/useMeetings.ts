import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import * as api from './api';

// A refused (403) or missing (404) record will not change on a retry.
const noRetryOnRefusal = (count: number, error: unknown) =>
  !(isApiError(error) && [403, 404].includes(error.status)) && count < 2;

export const useMeetingList = (query: api.MeetingListQuery) =>
  useQuery({
    queryKey: ['meetings', 'list', query],
    queryFn: () => api.listMeetings(query),
    placeholderData: keepPreviousData,
  });

export const useMeeting = (id: string | undefined) =>
  useQuery({
    queryKey: ['meetings', 'detail', id],
    queryFn: () => api.getMeeting(id!),
    enabled: !!id,
    retry: noRetryOnRefusal,
  });

export const useActionItems = (query: api.ActionItemQuery) =>
  useQuery({
    queryKey: ['meetings', 'actions', query],
    queryFn: () => api.listActionItems(query),
    placeholderData: keepPreviousData,
  });

export const useMyActionItems = () =>
  useQuery({ queryKey: ['meetings', 'mine'], queryFn: api.myActionItems });

export const useKinds = () => useQuery({ queryKey: ['meetings', 'kinds'], queryFn: api.listKinds });
export const useRules = () => useQuery({ queryKey: ['meetings', 'rules'], queryFn: api.getRules });

export const useAgendaCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['meetings', 'candidates', id], queryFn: () => api.agendaCandidates(id), enabled });
export const useStaffCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['meetings', 'staff', id], queryFn: () => api.staffCandidates(id), enabled });

// Any change shows in the meeting, the lists, the task board, the needs list and today's todo.
export const useMeetingMutation = <TArgs, TResult>(fn: (args: TArgs) => Promise<TResult>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        [['meetings'], ['needs'], ['home'], ['audit']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
};

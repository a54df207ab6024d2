import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import {
  getDeliberationFigures,
  getNeed,
  listNeeds,
  mergeCandidates,
  moveNeed,
  type NeedListQuery,
  type NeedMove,
  type NeedRaiseInput,
  type NeedUpdateInput,
  raiseNeed,
  updateNeed,
} from './api';

export const useNeedList = (query: NeedListQuery) =>
  useQuery({
    queryKey: ['needs', 'list', query],
    queryFn: () => listNeeds(query),
    placeholderData: keepPreviousData,
  });

// A need out of scope (404) will not appear on a retry.
export const useNeed = (id: string | undefined) =>
  useQuery({
    queryKey: ['needs', 'detail', id],
    queryFn: () => getNeed(id ?? ''),
    enabled: !!id,
    retry: (count, error) => !(isApiError(error) && [403, 404].includes(error.status)) && count < 2,
  });

export const useMergeCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['needs', 'merge-candidates', id], queryFn: () => mergeCandidates(id), enabled });

export const useDeliberationFigures = (query: { orgUnitId?: string; from: string; to: string }) =>
  useQuery({
    queryKey: ['deliberation-figures', query],
    queryFn: () => getDeliberationFigures(query),
    placeholderData: keepPreviousData,
  });

// Any change shows in the list and its counts, the need's page, the home's todo and the figures.
const useInvalidateNeeds = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['needs'], ['home'], ['deliberation-figures'], ['audit']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
};

export const useRaiseNeed = () => {
  const invalidate = useInvalidateNeeds();
  return useMutation({ mutationFn: (input: NeedRaiseInput) => raiseNeed(input), onSuccess: invalidate });
};

export const useUpdateNeed = () => {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: NeedUpdateInput }) => updateNeed(id, input),
    onSuccess: invalidate,
  });
};

export const useMoveNeed = () => {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: NeedMove }) => moveNeed(id, move),
    onSuccess: invalidate,
  });
};

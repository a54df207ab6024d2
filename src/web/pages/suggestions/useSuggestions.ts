import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import {
  closeSuggestion,
  getSuggestion,
  listSuggestions,
  mySuggestionPlaces,
  mySuggestions,
  type NeedFormInput,
  postSuggestion,
  publicReplies,
  type RouteTarget,
  replySuggestion,
  routeSuggestion,
  type SuggestionQuery,
  suggestionToNeed,
} from './api';

export const useSuggestionList = (query: SuggestionQuery) =>
  useQuery({
    queryKey: ['suggestions', 'list', query],
    queryFn: () => listSuggestions(query),
    placeholderData: keepPreviousData,
  });

// A missing suggestion (404) or a refused one (403) will not change on a retry.
export const useSuggestion = (id: string | undefined) =>
  useQuery({
    queryKey: ['suggestions', 'detail', id],
    queryFn: () => getSuggestion(id!),
    enabled: !!id,
    retry: (count, error) => !(isApiError(error) && [403, 404].includes(error.status)) && count < 2,
  });

// A change shows in the list, the detail, the home page's to-do lines and the needs list.
const useInvalidate = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
      queryClient.invalidateQueries({ queryKey: ['needs'] }),
    ]);
};

export const useRouteSuggestion = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; to: RouteTarget; name: string }) =>
      routeSuggestion(id, input),
    onSuccess: invalidate,
  });
};

export const useReplySuggestion = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; reply: string; publish: boolean }) =>
      replySuggestion(id, input),
    onSuccess: invalidate,
  });
};

export const useCloseSuggestion = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: closeSuggestion, onSuccess: invalidate });
};

export const useSuggestionToNeed = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: NeedFormInput }) => suggestionToNeed(id, input),
    onSuccess: invalidate,
  });
};

// ---- The phone ----

export const useMySuggestions = () => useQuery({ queryKey: ['suggestions', 'mine'], queryFn: mySuggestions });
export const usePublicReplies = () =>
  useQuery({ queryKey: ['suggestions', 'public'], queryFn: publicReplies });
export const useSuggestionPlaces = () =>
  useQuery({ queryKey: ['suggestions', 'places'], queryFn: mySuggestionPlaces, staleTime: 300_000 });

export const usePostSuggestion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postSuggestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions', 'mine'] }),
  });
};

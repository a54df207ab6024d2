import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import {
  answerMySurvey,
  changeSurvey,
  createSurvey,
  deleteSurvey,
  enterPaperResponse,
  getMySurvey,
  getResults,
  getSurvey,
  listMySurveys,
  listResponses,
  listSurveys,
  type ResponseNeed,
  raiseNeed,
  type SurveyAnswers,
  type SurveyInput,
  type SurveyListQuery,
  updateSurvey,
} from './api';

// A refused survey (403) or a missing one (404) will not change on a retry.
const noRetryOnRefusal = (count: number, error: unknown) =>
  !(isApiError(error) && [403, 404].includes(error.status)) && count < 2;

export const useSurveyList = (query: SurveyListQuery) =>
  useQuery({
    queryKey: ['surveys', 'list', query],
    queryFn: () => listSurveys(query),
    placeholderData: keepPreviousData,
  });

export const useSurvey = (id: string | undefined) =>
  useQuery({
    queryKey: ['surveys', 'detail', id],
    queryFn: () => getSurvey(id!),
    enabled: !!id,
    retry: noRetryOnRefusal,
  });

export const useSurveyResults = (id: string) =>
  useQuery({ queryKey: ['surveys', 'results', id], queryFn: () => getResults(id), retry: noRetryOnRefusal });

export const useSurveyResponses = (id: string, page: { page: number; pageSize: number }) =>
  useQuery({
    queryKey: ['surveys', 'responses', id, page],
    queryFn: () => listResponses(id, page),
    placeholderData: keepPreviousData,
  });

// Any change shows in the lists, the detail, the results and the audit log.
const useInvalidateSurveys = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['surveys'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useSaveSurvey = () => {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SurveyInput }) =>
      id ? updateSurvey(id, input) : createSurvey(input),
    onSuccess: invalidate,
  });
};

export const useChangeSurvey = () => {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'publish' | 'close' | 'duplicate' }) =>
      changeSurvey(id, action),
    onSuccess: invalidate,
  });
};

export const useDeleteSurvey = () => {
  const invalidate = useInvalidateSurveys();
  return useMutation({ mutationFn: deleteSurvey, onSuccess: invalidate });
};

export const usePaperResponse = () => {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ id, answers }: { id: string; answers: SurveyAnswers }) => enterPaperResponse(id, answers),
    onSuccess: invalidate,
  });
};

export const useRaiseNeed = () => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ responseId, input }: { responseId: string; input: ResponseNeed }) =>
      raiseNeed(responseId, input),
    onSuccess: () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: ['needs'] })]),
  });
};

export const useMySurveys = () => useQuery({ queryKey: ['surveys', 'mine'], queryFn: listMySurveys });

export const useMySurvey = (id: string | undefined) =>
  useQuery({
    queryKey: ['surveys', 'mine', id],
    queryFn: () => getMySurvey(id!),
    enabled: !!id,
    retry: noRetryOnRefusal,
  });

export const useAnswerMySurvey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answers }: { id: string; answers: SurveyAnswers }) => answerMySurvey(id, answers),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['surveys', 'mine'] }),
  });
};

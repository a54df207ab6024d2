import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import {
  addCaseRecord,
  advanceCase,
  type CaseListQuery,
  type CaseRecordInput,
  type CaseStage,
  changeCaseProject,
  getCase,
  listCases,
  listSupervisors,
  openCase,
} from '../../api/cases';

export const useCaseList = (query: CaseListQuery) =>
  useQuery({
    queryKey: ['cases', 'list', query],
    queryFn: () => listCases(query),
    placeholderData: keepPreviousData,
  });

// A refused case (403) or a missing one (404) will not change on a retry.
export const useCase = (id: string | undefined) =>
  useQuery({
    queryKey: ['cases', 'detail', id],
    queryFn: () => getCase(id!),
    enabled: !!id,
    retry: (count, error) => !(isApiError(error) && [403, 404].includes(error.status)) && count < 2,
  });

export const useSupervisors = (residentId: string | undefined) =>
  useQuery({
    queryKey: ['cases', 'supervisors', residentId ?? null],
    queryFn: () => listSupervisors(residentId),
    placeholderData: keepPreviousData,
  });

// Any change shows in the lists, the detail, the resident's timeline, figures and the audit log.
const useInvalidateCases = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cases'] }),
      queryClient.invalidateQueries({ queryKey: ['residents', 'services'] }),
      queryClient.invalidateQueries({ queryKey: ['service-figures'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useOpenCase = () => {
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: openCase, onSuccess: invalidate });
};

export const useAddCaseRecord = () => {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CaseRecordInput }) => addCaseRecord(id, input),
    onSuccess: invalidate,
  });
};

export const useChangeCaseProject = () => {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, projectId }: { id: string; projectId: string | null }) =>
      changeCaseProject(id, projectId),
    onSuccess: invalidate,
  });
};

export const useAdvanceCase = () => {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; to: CaseStage; on: string; closureReason?: string }) =>
      advanceCase(id, input),
    onSuccess: invalidate,
  });
};

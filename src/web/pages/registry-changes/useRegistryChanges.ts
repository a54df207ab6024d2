import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approveRegistryChange,
  listRegistryChanges,
  type MyRegistryChangeInput,
  myRegistry,
  proposeMyRegistryChange,
  proposeRegistryChange,
  type RegistryChangeInput,
  type RegistryChangeStatus,
  rejectRegistryChange,
} from './api';

export const useRegistryChanges = (query: { status?: RegistryChangeStatus; residentId?: string }) =>
  useQuery({
    queryKey: ['registryChanges', 'list', query],
    queryFn: () => listRegistryChanges(query),
  });

export const useMyRegistry = () => useQuery({ queryKey: ['registryChanges', 'mine'], queryFn: myRegistry });

// A decision shows in the lists, the home page's line and the resident's record.
const useInvalidate = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['registryChanges'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
      queryClient.invalidateQueries({ queryKey: ['residents'] }),
    ]);
};

export const useProposeRegistryChange = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ residentId, input }: { residentId: string; input: RegistryChangeInput }) =>
      proposeRegistryChange(residentId, input),
    onSuccess: invalidate,
  });
};

export const useProposeMyRegistryChange = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MyRegistryChangeInput) => proposeMyRegistryChange(input),
    onSuccess: invalidate,
  });
};

export const useApproveRegistryChange = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: approveRegistryChange, onSuccess: invalidate });
};

export const useRejectRegistryChange = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectRegistryChange(id, reason),
    onSuccess: invalidate,
  });
};

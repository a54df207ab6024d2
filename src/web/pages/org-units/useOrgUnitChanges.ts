import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createOrgUnit, renameOrgUnit } from '../../api/orgUnits';

export const useCreateOrgUnit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-units'] }),
  });
};

export const useRenameOrgUnit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => renameOrgUnit(id, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-units'] }),
  });
};

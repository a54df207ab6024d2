import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOrgUnit, getOrgUnit, listOrgUnits, renameOrgUnit } from '../../api/orgUnits';

export const useOrgUnits = () =>
  useQuery({ queryKey: ['org-units', 'list', {}], queryFn: () => listOrgUnits() });

export const useOrgUnit = (id: string | null) =>
  useQuery({
    queryKey: ['org-units', 'detail', id],
    queryFn: () => getOrgUnit(id!),
    enabled: id !== null,
  });

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

// The kind of a unit in the caller's scope, from the cached list.
export const useOrgUnitKind = (id: string | undefined) => {
  const { data } = useOrgUnits();
  return id ? data?.items.find((unit) => unit.id === id)?.kind : undefined;
};

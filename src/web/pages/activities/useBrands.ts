import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createBrand, deleteBrand, listBrands } from '../../api/brands';

// Every brand the caller sees, or (usableBy) only those a unit's activities may carry.
export const useBrands = (usableBy?: string) =>
  useQuery({
    queryKey: ['brands', usableBy ?? 'all'],
    queryFn: () => listBrands(usableBy),
    select: (data) => data.items,
    staleTime: 60_000,
  });

export const useCreateBrand = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBrand,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['brands'] }),
  });
};

export const useDeleteBrand = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBrand,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['brands'] }),
  });
};

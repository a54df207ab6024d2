import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createProvider, listProviders, type ProviderInput, updateProvider } from '../../api/providers';

export const useProviders = () => useQuery({ queryKey: ['providers', 'list'], queryFn: listProviders });

export const useSaveProvider = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ProviderInput }) =>
      id ? updateProvider(id, input) : createProvider(input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['providers'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
};

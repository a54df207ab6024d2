import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { MEMBERSHIP_STORAGE_KEY } from '../api/client';

// Acting through another membership changes scope and permissions: drop every cached answer.
export const useSwitchMembership = (): ((membershipId: string) => Promise<void>) => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (membershipId: string) => {
      window.localStorage.setItem(MEMBERSHIP_STORAGE_KEY, membershipId);
      await queryClient.cancelQueries();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      await queryClient.refetchQueries({ queryKey: ['me'] });
      navigate('/');
    },
    [queryClient, navigate],
  );
};

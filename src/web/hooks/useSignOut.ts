import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { signOut } from '../api/auth';
import { MEMBERSHIP_STORAGE_KEY } from '../api/client';
import { signOutEverywhere } from '../api/me';

// Ends the session (here or everywhere), forgets every cached answer and returns to sign-in.
export const useSignOut = (): ((scope: 'here' | 'everywhere') => Promise<void>) => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (scope: 'here' | 'everywhere') => {
      if (scope === 'everywhere') await signOutEverywhere();
      else await signOut().catch(() => undefined);
      window.localStorage.removeItem(MEMBERSHIP_STORAGE_KEY);
      await queryClient.cancelQueries();
      queryClient.clear();
      queryClient.setQueryData(['me'], null);
      navigate('/sign-in', { replace: true });
    },
    [queryClient, navigate],
  );
};

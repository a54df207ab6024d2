import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/ApiError';
import { MEMBERSHIP_STORAGE_KEY } from '../api/client';
import { fetchMe } from '../api/me';
import type { Me, Membership } from '../api/types';

export const ME_QUERY_KEY = ['me'] as const;

// null means "not signed in"; any other failure is an error.
const loadMe = async (signal: AbortSignal): Promise<Me | null> => {
  try {
    return await fetchMe(signal);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    // A stored membership that no longer belongs to the user: forget it and ask again.
    if (isApiError(error) && (error.status === 403 || error.status === 400)) {
      if (window.localStorage.getItem(MEMBERSHIP_STORAGE_KEY)) {
        window.localStorage.removeItem(MEMBERSHIP_STORAGE_KEY);
        return loadMe(signal);
      }
    }
    throw error;
  }
};

export const useMe = () =>
  useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => loadMe(signal),
    staleTime: 60_000,
  });

export const currentMembershipOf = (me: Me | null | undefined): Membership | undefined => {
  if (!me) return undefined;
  return me.memberships.find((m) => m.id === me.currentMembershipId) ?? me.memberships[0];
};

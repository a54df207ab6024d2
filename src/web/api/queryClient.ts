import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

const ME_KEY = 'me';

// A 401 anywhere means the session ended: re-ask /me, whose null answer sends the user to sign-in.
const onAnyError = (error: unknown): void => {
  if (isApiError(error) && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: [ME_KEY] });
  }
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      // Client errors do not get better by retrying.
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** A TanStack Query client with the app's defaults: no retries on 4xx (a 404 means "not found or no access"). */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });

/** The app's one client. */
export const queryClient = createQueryClient();

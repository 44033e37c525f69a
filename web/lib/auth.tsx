import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import {
  authKeys,
  type CurrentUser,
  type Locale,
  type LocaleUpdate,
  type LoginInput,
  type Session,
} from '../../shared/contracts/auth';
import { apiGet, apiPatch, apiPost, setCsrfToken } from './api-client';
import { roleCan, type Permission } from './permissions';

export type { CurrentUser };

interface AuthValue {
  user: CurrentUser | null;
  loading: boolean;
  login: (email: string, password: string) => Promise<CurrentUser>;
  logout: () => Promise<void>;
  saveLocale: (locale: Locale) => Promise<void>;
  can: (permission: Permission) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);
const SESSION_KEY = authKeys.me;

async function fetchSession(): Promise<Session> {
  const session = await apiGet<Session>('/auth/me');
  setCsrfToken(session.csrfToken);
  return session;
}

/** Holds the signed-in user (GET /api/auth/me) and the CSRF token for every later request. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity });

  const login = useCallback(
    async (email: string, password: string) => {
      const body: LoginInput = { email, password };
      const result = await apiPost<Session>('/auth/login', body);
      setCsrfToken(result.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(SESSION_KEY, result);
      return result.user as CurrentUser;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await apiPost('/auth/logout');
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, { user: null, csrfToken: null });
      // a fresh CSRF token for the login form
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    }
  }, [queryClient]);

  const saveLocale = useCallback(
    async (locale: Locale) => {
      const current = queryClient.getQueryData<Session>(SESSION_KEY);
      if (!current?.user) return;
      await apiPatch('/auth/me', { locale } satisfies LocaleUpdate);
      queryClient.setQueryData<Session>(SESSION_KEY, { ...current, user: { ...current.user, locale } });
    },
    [queryClient],
  );

  const user = session.data?.user ?? null;
  const value = useMemo<AuthValue>(
    () => ({
      user,
      loading: session.isPending,
      login,
      logout,
      saveLocale,
      can: (permission) => roleCan(user?.role, permission),
    }),
    [user, session.isPending, login, logout, saveLocale],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import { apiGet, apiPatch, apiPost, setCsrfToken } from './api-client';
import { roleCan, type Permission, type Role } from './permissions';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string | null;
  governmentId: string | null;
  locale: 'id' | 'en';
  unitIds: string[] | null;
}

interface Session {
  user: CurrentUser | null;
  csrfToken: string | null;
}

interface AuthValue {
  user: CurrentUser | null;
  loading: boolean;
  login: (email: string, password: string) => Promise<CurrentUser>;
  logout: () => Promise<void>;
  saveLocale: (locale: 'id' | 'en') => Promise<void>;
  can: (permission: Permission) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);
const SESSION_KEY = ['auth', 'me'] as const;

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
      const result = await apiPost<Session>('/auth/login', { email, password });
      setCsrfToken(result.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
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
    async (locale: 'id' | 'en') => {
      const current = queryClient.getQueryData<Session>(SESSION_KEY);
      if (!current?.user) return;
      await apiPatch('/auth/me', { locale });
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

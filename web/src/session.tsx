/** Who is signed in: `GET /api/auth/me` on start, sign-in and sign-out, abilities for the UI to ask. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type Session, setCsrfToken } from './api.ts';
import { restoreUserLanguage } from './i18n.ts';

interface SessionContext {
  session: Session | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** What the server says the caller may do; the server still refuses what it would refuse. */
  can(resource: string, action: string): boolean;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);

  const accept = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
    if (next) restoreUserLanguage(next.user.id, next.user.locale);
  }, []);

  useEffect(() => {
    api<Session>('/api/auth/me')
      .then(accept)
      .catch(() => accept(null))
      .finally(() => setLoading(false));
  }, [accept]);

  const value = useMemo<SessionContext>(
    () => ({
      session,
      loading,
      async signIn(email, password) {
        await api('/api/auth/login', { method: 'POST', body: { email, password } });
        accept(await api<Session>('/api/auth/me'));
      },
      async signOut() {
        try {
          await api('/api/auth/logout', { method: 'POST', body: {} });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
        }
        accept(null);
      },
      can(resource, action) {
        return session?.abilities[resource]?.[action] === true;
      },
    }),
    [session, loading, accept],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

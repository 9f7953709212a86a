// Who sits at this machine at the desk (review.profile: name and roles), shared by the masthead
// (whose desk it is) and Settings (which changes it). null until one is made.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProfileInfo } from '../../main/common/review/types.ts';
import { useApi } from '../api/context.tsx';

interface ProfileApi {
  profile: ProfileInfo | null;
  /** What Settings just saved (or read again). */
  setProfile(profile: ProfileInfo | null): void;
  reload(): Promise<void>;
}

const ProfileContext = createContext<ProfileApi>({ profile: null, setProfile: () => undefined, reload: async () => undefined });

export const useProfile = (): ProfileApi => useContext(ProfileContext);

export function ProfileProvider({ children }: { children: ReactNode }): ReactNode {
  const api = useApi();
  const [profile, setProfile] = useState<ProfileInfo | null>(null);
  const reload = useCallback(async () => {
    const r = await api['review.profile']({});
    if (r.ok) setProfile(r.value);
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const value = useMemo(() => ({ profile, setProfile, reload }), [profile, reload]);
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

/** The masthead's words for the desk: the reporter's, the editor's, or both. */
export function deskKind(profile: ProfileInfo | null): 'reporter' | 'editor' | 'both' {
  const roles = profile?.roles ?? ['reporter'];
  if (roles.includes('editor')) return roles.includes('reporter') ? 'both' : 'editor';
  return 'reporter';
}

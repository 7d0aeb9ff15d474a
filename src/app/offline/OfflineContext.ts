import { createContext, useContext, useSyncExternalStore } from 'react';
import type { OfflineSnapshot, OfflineStatus } from '../offlineStatus';

/** The page's offline status (main.tsx makes one). */
export const OfflineContext = createContext<OfflineStatus | null>(null);

export function useOffline(): { status: OfflineStatus | null; snap: OfflineSnapshot | null } {
  const status = useContext(OfflineContext);
  const snap = useSyncExternalStore(status?.subscribe ?? noSubscribe, status?.getSnapshot ?? noSnapshot);
  return { status, snap };
}

const noSubscribe = () => () => {};
const noSnapshot = () => null;

/** The run history store for the whole app (IndexedDB); null where storage is unavailable. */
import { createContext, useContext } from 'react';
import type { RunStore } from '../core/history/runStore';

export const HistoryContext = createContext<RunStore | null>(null);

export const useRunStore = (): RunStore | null => useContext(HistoryContext);

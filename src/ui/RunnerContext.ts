import { createContext, useContext, useSyncExternalStore } from 'react';
import type { RunnerClient, RunnerSnapshot } from '../core/runner/RunnerClient';

export const RunnerContext = createContext<RunnerClient | null>(null);

export function useRunnerClient(): RunnerClient {
  const client = useContext(RunnerContext);
  if (!client) throw new Error('useRunnerClient outside RunnerContext');
  return client;
}

export function useRunnerSnapshot(): RunnerSnapshot {
  const client = useRunnerClient();
  return useSyncExternalStore(client.subscribe, client.getSnapshot);
}

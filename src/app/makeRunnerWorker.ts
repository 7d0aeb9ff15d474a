export function makeRunnerWorker(): Worker {
  return new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name: 'runner' });
}

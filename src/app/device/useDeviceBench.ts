/**
 * Runs the device micro-benchmark on each backend this browser has, one after
 * the other, and keeps each backend's summary. Returns to the preferred
 * backend afterwards.
 */
import { useEffect, useRef, useState } from 'react';
import type { BackendName } from '../../core/backend/backendNames';
import type { DeviceArtifacts, DeviceMetric, DeviceParams, DeviceSummary } from '../../core/bench/deviceBench';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import { useRunnerClient } from '../../ui/RunnerContext';

export function useDeviceBench(run: ExperimentRun<DeviceParams, DeviceArtifacts, DeviceMetric>) {
  const client = useRunnerClient();
  const [available, setAvailable] = useState<BackendName[] | null>(null);
  const [results, setResults] = useState<Partial<Record<BackendName, DeviceSummary>>>({});
  const [current, setCurrent] = useState<BackendName | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    let alive = true;
    void client.probeBackends().then((b) => alive && setAvailable(b));
    return () => {
      alive = false;
    };
  }, [client]);

  const runAll = async () => {
    const backends = run.backend ? [run.backend] : (available ?? (await client.probeBackends()));
    cancelled.current = false;
    setResults({});
    for (const b of backends) {
      if (cancelled.current) break;
      setCurrent(b);
      const final = await run.start({
        backend: b,
        onBatch: ({ artifacts: { summary } }) => {
          if (summary) setResults((r) => ({ ...r, [summary.backend]: summary }));
        },
      });
      if (final.state !== 'done') break;
    }
    // The bench is over once the runner is back on the preferred backend.
    await client.reselect();
    setCurrent(null);
  };

  const cancel = () => {
    cancelled.current = true;
    run.reset();
  };

  return { available, results, current, runAll, cancel };
}

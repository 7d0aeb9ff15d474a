/** Which backends this browser has, the adapter and its limits, and a live micro-benchmark on each. */
import { useEffect, useMemo, useRef } from 'react';
import { BACKEND_ORDER } from '../../core/backend/backendNames';
import { deviceBench, deviceSchema } from '../../core/bench/deviceBench';
import { backendLabel } from '../../core/backend/selectBackend';
import { series } from '../../core/runner/RunRecorder';
import { MetricCards } from '../../ui/MetricCards';
import { Notices } from '../../ui/Notices';
import { ParamControls } from '../../ui/ParamControls';
import { Plot } from '../../ui/Plot';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useRunnerSnapshot } from '../../ui/RunnerContext';
import { ShareButton } from '../../ui/ShareButton';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { PresetPicker } from '../../ui/PresetPicker';
import { useDeviceBench } from './useDeviceBench';

const DEVICE_PAGE = { slug: 'device', ...deviceBench };

export default function DevicePage() {
  const run = useExperimentRun(DEVICE_PAGE, { autoRun: false, restartOnChange: false });
  const bench = useDeviceBench(run);
  const snap = useRunnerSnapshot();
  const adapter = snap.backend?.adapter;

  // A link with run=1 benchmarks every backend, not just the first.
  const autoRan = useRef(false);
  const { runAll } = bench;
  useEffect(() => {
    if (run.runRequested && bench.available && !autoRan.current) {
      autoRan.current = true;
      void runAll();
    }
  }, [run.runRequested, bench.available, runAll]);

  // One backend's run is done, but the bench is not until every backend has run: the next one is starting.
  const benchStatus = bench.current && run.status.state === 'done' ? { ...run.status, state: 'starting' as const } : run.status;
  const measured = BACKEND_ORDER.filter((b) => bench.results[b]);
  const bars = useMemo(() => {
    const names = measured.map(backendLabel);
    return {
      gflops: [{ type: 'bar' as const, x: names, y: measured.map((b) => bench.results[b]!.matmulGflops), name: 'GFLOP/s' }],
      step: [{ type: 'bar' as const, x: names, y: measured.map((b) => bench.results[b]!.mlpStepMs), name: 'ms', marker: { color: '#d97706' } }],
    };
  }, [measured, bench.results]);
  const live = series(run.recording.rows, 'matmulGflops');

  return (
    <main className="panel device">
      <h1>Device</h1>
      <p>
        What your browser offers for training: the tfjs backends that work here, the WebGPU adapter and its limits,
        and how fast each backend multiplies matrices and trains a small MLP. Numbers are medians over the repeats,
        timed until the result is back on the CPU.
      </p>
      <Notices notices={run.notices} onDismiss={run.dismissNotices} />
      <section>
        <h2>Backends</h2>
        <ul className="backend-list" data-testid="backend-list">
          {BACKEND_ORDER.map((b) => (
            <li key={b} data-available={bench.available ? String(bench.available.includes(b)) : 'unknown'}>
              {backendLabel(b)}: {bench.available ? (bench.available.includes(b) ? 'works' : 'not available') : 'checking…'}
            </li>
          ))}
        </ul>
        <h3>WebGPU adapter</h3>
        {adapter ? (
          <table className="kv" data-testid="adapter-table">
            <tbody>
              <tr><th>vendor</th><td>{adapter.vendor}</td></tr>
              <tr><th>architecture</th><td>{adapter.architecture}</td></tr>
              <tr><th>device</th><td>{adapter.device || '–'}</td></tr>
              <tr><th>description</th><td>{adapter.description || '–'}</td></tr>
              <tr><th>software fallback</th><td>{adapter.software ? 'yes' : 'no'}</td></tr>
              {Object.entries(adapter.limits).map(([k, v]) => <tr key={k}><th>{k}</th><td>{v.toLocaleString()}</td></tr>)}
            </tbody>
          </table>
        ) : (
          <p>No WebGPU adapter in this browser{snap.backend ? '' : ' (still checking)'}.</p>
        )}
      </section>
      <section>
        <h2>Benchmark</h2>
        <PresetPicker presets={DEVICE_PAGE.presets} value={run.preset} onChange={run.setPreset} />
        <ParamControls schema={deviceSchema} values={run.params} onChange={run.setParam} seed={run.seed} onSeedChange={run.setSeed} />
        <RunBar {...runBarProps(run)} status={benchStatus} onRun={() => void bench.runAll()} onReset={bench.cancel} />
        <MetricCards
          metrics={measured.flatMap((b) => [
            { label: `${backendLabel(b)} matmul`, value: bench.results[b]!.matmulGflops, unit: 'GFLOP/s' },
            { label: `${backendLabel(b)} MLP step`, value: bench.results[b]!.mlpStepMs, unit: 'ms' },
          ])}
        />
        <div className="plots-2">
          <Plot name="device-matmul" data={bars.gflops} layout={{ title: { text: `Matmul ${run.params.matmulSize}², GFLOP/s (higher is better)` } }} />
          <Plot name="device-mlp" data={bars.step} layout={{ title: { text: 'MLP training step, ms (lower is better)' } }} />
        </div>
        <Plot
          name="device-live"
          height={220}
          data={[{ type: 'scatter', mode: 'lines+markers', x: live.x, y: live.y, name: bench.current ?? '' }]}
          layout={{ title: { text: `Live: ${bench.current ? backendLabel(bench.current) : '–'} matmul GFLOP/s per timing` } }}
        />
        <ShareButton url={run.shareUrl} />
      </section>
    </main>
  );
}

/** The crystal-density panel: a generated crystal as a 3-D density first, the VAE and U-Net trained live, then the latent space. */
import { useMemo, useState } from 'react';
import type { PaperOf } from '../../core/paper';
import { latestValue } from '../../core/runner/RunRecorder';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import './crystal.css';
import { CrystalLimits, CrystalProse } from './CrystalProse';
import { CrystalView } from './CrystalView';
import { pathColor, type ViewOptions } from './crystalScene';
import type { crystalExperiment, CrystalMetric } from './experiment';
import { latentFigure } from './plots/latent';
import { segFigure } from './plots/seg';
import { vaeFigure } from './plots/vae';
import { ResultsTable } from './ResultsTable';
import { shownCrystal } from './shownCrystal';
import { ViewControls, type ViewSettings } from './ViewControls';

/** The smallest and largest reconstructed voxel (a constant grid means the decoder learned nothing). */
function DecodedRange({ density }: { density: readonly number[] }) {
  let lo = Infinity, hi = -Infinity;
  for (const v of density) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return (
    <p className="hint" data-testid="crystal-recon-range" data-min={lo} data-max={hi}>
      Reconstructed densities range from {lo.toExponential(2)} to {hi.toExponential(2)}.
    </p>
  );
}

export default function CrystalPanel({ paper }: { paper: PaperOf<typeof crystalExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { dataset: info, recon, seg, interp, prior, results } = rec.artifacts;
  // Drawn faded behind the reader's curves: the run a restart replaced, or the panel's recorded run.
  const compared = run.compare?.recording ?? null;
  const fromRecording = run.origin.kind === 'recorded' ? 'Recorded run: ' : '';
  const last = (key: CrystalMetric): number | undefined => latestValue(rec.rows, key);

  // The shown held-out crystal for the current params (with a live change of `show` at once), computed in milliseconds:
  // the same crystal as the run's own `view` artifact.
  const view = useMemo(() => shownCrystal(run.params, run.seed), [run.params, run.seed]);

  const [settings, setSettings] = useState<ViewSettings>({ iso: 0.25, repeat: false, atoms: true, bondCutoff: 3, spin: false });
  const [frame, setFrame] = useState(0);
  const [priorIndex, setPriorIndex] = useState(0);
  const { iso: level, repeat, atoms, bondCutoff } = settings;
  const iso = useMemo<ViewOptions>(() => ({ mode: 'iso', iso: level, repeat, atoms, bondCutoff }), [level, repeat, atoms, bondCutoff]);
  const isoOnly = useMemo<ViewOptions>(() => ({ ...iso, atoms: false }), [iso]);
  const voxels = useMemo<ViewOptions>(() => ({ ...iso, mode: 'voxels' }), [iso]);
  const frameIndex = interp ? Math.min(frame, interp.frames.length - 1) : 0;
  const current = interp?.frames[frameIndex] ?? null;
  const priorView = prior?.[Math.min(priorIndex, prior.length - 1)] ?? null;
  const t = current?.t ?? 0;
  const isoPath = useMemo<ViewOptions>(() => ({ ...iso, color: pathColor(t) }), [iso, t]);

  const vae = useComparedFigure(vaeFigure, rec, compared);
  const segment = useComparedFigure(segFigure, rec, compared);
  const latent = useMemo(() => latentFigure(rec), [rec]);

  const figure = (
    <>
      <div className="plots-2">
        <CrystalView
          name="crystal-input" view={view} options={iso} spin={settings.spin} height={340}
          caption={`Held-out crystal ${Math.min(run.params.show, run.params.testSamples - 1)}: ${view.label}, density isosurface and atoms (${view.n}³ grid over ${view.box} Å)`}
        />
        <Plot name="crystal-vae" height={340} {...vae} steps />
      </div>
      <details className="crystal-view-settings">
        <summary>3-D view: iso level, 2×2×2 repeat, atoms and bonds, turning</summary>
        <ViewControls value={settings} onChange={setSettings} />
      </details>
    </>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'held-out MSE / mean MSE', value: results ? results.reconMse / results.meanMse : undefined },
        { label: 'VAE KL', value: last('kl'), unit: 'nats' },
        { label: 'cells segmented exactly', value: last('cellAcc') },
        { label: 'steps/s', value: last('stepsPerSec') },
      ]}
      closing={<CrystalLimits />}
    >
      {info ? (
        <p className="hint" data-testid="crystal-dataset" data-train={info.train}>
          {fromRecording}{info.train} training and {info.test} held-out cells on a {info.n}³ grid over {info.box} Å ({(info.box / info.n).toFixed(3)} Å per voxel),{' '}
          {info.meanAtoms.toFixed(1)} atoms per cell on average; per prototype: {info.names.map((nm, i) => `${nm} ${info.perPrototype[i]}`).join(', ')}.
        </p>
      ) : null}
      <CrystalProse />

      <section id="decode">
        <h2>Decode and segment</h2>
        <div className="plots-2">
          <CrystalView
            name="crystal-recon" view={recon?.output ?? null} options={isoOnly}
            caption={recon ? `${fromRecording}VAE reconstruction of the shown crystal at step ${recon.step} (MSE per voxel ${recon.mse.toExponential(2)})` : undefined}
            empty="The VAE's reconstruction of the shown crystal appears at its first evaluation."
          />
          <CrystalView
            name="crystal-seg-view" view={seg?.view ?? null} options={voxels}
            caption={seg ? `${fromRecording}U-Net labels at step ${seg.step} as coloured voxels, with the ${seg.view.atoms.length} atoms peak finding extracts (${seg.truth} in the cell: ${seg.correct ? 'count and species right' : 'not exact'})` : undefined}
            empty="The U-Net's labels of the shown crystal appear once it trains, after the VAE."
          />
        </div>
        {recon ? <DecodedRange density={recon.output.density} /> : null}
        <Plot name="crystal-seg" height={300} {...segment} steps />
      </section>

      <section id="latent">
        <h2>The latent space</h2>
        <label className="field">
          Interpolation {interp ? `${interp.from} → ${interp.to}` : ''}: t = {current ? current.t.toFixed(2) : '–'}
          <input
            type="range" data-testid="crystal-interp" min={0} max={Math.max(0, (interp?.frames.length ?? 1) - 1)} step={1} value={frameIndex}
            disabled={!interp} onChange={(e) => setFrame(Number(e.target.value))}
          />
        </label>
        {interp?.note ? <p className="warn">{interp.note}</p> : null}
        <div className="plots-2">
          <CrystalView
            name="crystal-interp-view" view={current?.view ?? null} options={isoPath}
            caption={current ? `${fromRecording}decoded at t = ${current.t.toFixed(2)} (the surface turns from blue to orange along the path): mass ${current.mass.toFixed(2)}, ${current.view.atoms.length} atoms extracted` : undefined}
            empty="The interpolation between two held-out crystals is decoded at the end of a run."
          />
          <Plot name="crystal-latent" height={320} {...latent} />
        </div>
        <label className="field">
          Sample from the prior N(0, I):{' '}
          <select data-testid="crystal-prior" value={priorIndex} onChange={(e) => setPriorIndex(Number(e.target.value))} disabled={!prior?.length}>
            {(prior ?? []).map((p, i) => (
              <option key={i} value={i}>{p.label}</option>
            ))}
          </select>
        </label>
        <CrystalView name="crystal-prior-view" view={priorView} options={iso} caption={priorView ? `${fromRecording}${priorView.label}: ${priorView.atoms.length} atoms extracted` : undefined} empty="Samples from the prior are decoded at the end of a run." height={280} />
        <ResultsTable results={results ?? null} />
      </section>
    </PanelPage>
  );
}

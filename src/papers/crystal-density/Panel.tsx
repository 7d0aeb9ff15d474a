/** The crystal-density panel: generated crystals as 3-D densities, a VAE and a U-Net trained live, the latent space. */
import { useMemo, useState } from 'react';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { Reproduce } from '../../ui/Reproduce';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { CrystalProse, CrystalLimits } from './CrystalProse';
import { CrystalView } from './CrystalView';
import { pathColor, type ViewOptions } from './crystalScene';
import type { DatasetInfo, GridView, Interpolation, LatentMap, ReconView, Results, SegView } from './experiment';
import type { crystalSchema } from './params';
import { latentTraces, segTraces, vaeTraces } from './plots';
import { ResultsTable } from './ResultsTable';
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

export default function CrystalPanel({ paper }: { paper: PaperDef<typeof crystalSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const info = (artifacts.dataset as DatasetInfo | undefined) ?? null;
  const view = (artifacts.view as GridView | undefined) ?? null;
  const recon = (artifacts.recon as ReconView | undefined) ?? null;
  const seg = (artifacts.seg as SegView | undefined) ?? null;
  const latent = (artifacts.latent as LatentMap | undefined) ?? null;
  const interp = (artifacts.interp as Interpolation | undefined) ?? null;
  const prior = (artifacts.prior as GridView[] | undefined) ?? null;
  const results = (artifacts.results as Results | undefined) ?? null;
  const last = (key: string) => rows.findLast((r) => r.values[key] !== undefined)?.values[key];

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

  const vaeData = useMemo(() => vaeTraces(rows), [rows]);
  const segData = useMemo(() => segTraces(rows), [rows]);
  const latentData = useMemo(() => latentTraces(latent), [latent]);

  return (
    <main className="panel">
      <PanelOpening title={paper.title} paper={paper} run={run} />
      <CrystalProse />

      <section>
        <h2>1. Crystals as densities</h2>
        <RunSettings paper={paper} run={run} />
        {info ? (
          <p className="hint" data-testid="crystal-dataset" data-train={info.train}>
            {info.train} training and {info.test} held-out cells on a {info.n}³ grid over {info.box} Å ({(info.box / info.n).toFixed(3)} Å per voxel),{' '}
            {info.meanAtoms.toFixed(1)} atoms per cell on average; per prototype: {info.names.map((nm, i) => `${nm} ${info.perPrototype[i]}`).join(', ')}.
          </p>
        ) : null}
        <ViewControls value={settings} onChange={setSettings} />
        <div className="plots-2">
          <CrystalView name="crystal-input" view={view} options={iso} spin={settings.spin} caption={view ? `Input: ${view.label}, isosurface and atoms` : undefined} />
          <CrystalView name="crystal-recon" view={recon?.output ?? null} options={isoOnly} caption={recon ? `VAE reconstruction at step ${recon.step} (MSE per voxel ${recon.mse.toExponential(2)})` : 'The VAE reconstruction appears during training.'} />
        </div>
        {recon ? <DecodedRange density={recon.output.density} /> : null}
      </section>

      <section>
        <h2>2. Train the VAE, then the U-Net</h2>
        <RunBar {...runBarProps(run)} />
        <MetricCards
          metrics={[
            { label: 'held-out MSE / mean MSE', value: results ? results.reconMse / results.meanMse : undefined },
            { label: 'VAE KL', value: last('kl'), unit: 'nats' },
            { label: 'cells segmented exactly', value: last('cellAcc') },
            { label: 'steps/s', value: last('stepsPerSec') },
          ]}
        />
        <div className="plots-2">
          <Plot name="crystal-vae" height={300} data={vaeData} layout={{ title: { text: 'VAE: training error, held-out error vs the mean density' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'Σ (x − x̂)²' }, type: 'log' }, yaxis2: { title: { text: 'MSE per voxel' }, overlaying: 'y', side: 'right', type: 'log' } }} />
          <Plot name="crystal-seg" height={300} data={segData} layout={{ title: { text: 'U-Net: loss and accuracy' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'cross-entropy' } }, yaxis2: { title: { text: 'accuracy' }, overlaying: 'y', side: 'right', range: [0, 1] } }} />
        </div>
        <CrystalView
          name="crystal-seg-view"
          view={seg?.view ?? null}
          options={voxels}
          caption={seg ? `U-Net labels of the input at step ${seg.step} as coloured voxels, with the ${seg.view.atoms.length} atoms peak finding extracts (${seg.truth} in the cell: ${seg.correct ? 'count and species right' : 'not exact'})` : 'The segmentation appears during U-Net training.'}
        />
      </section>

      <section>
        <h2>3. The latent space</h2>
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
            name="crystal-interp-view"
            view={current?.view ?? null}
            options={isoPath}
            caption={current ? `Decoded at t = ${current.t.toFixed(2)} (the surface turns from blue to orange along the path): mass ${current.mass.toFixed(2)}, ${current.view.atoms.length} atoms extracted` : 'Run to the end to interpolate.'}
          />
          <Plot name="crystal-latent" height={320} data={latentData} layout={{ title: { text: 'Latent means μ, first two principal components' }, xaxis: { title: { text: 'PC 1' } }, yaxis: { title: { text: 'PC 2' } } }} />
        </div>
        <label className="field">
          Sample from the prior N(0, I):{' '}
          <select data-testid="crystal-prior" value={priorIndex} onChange={(e) => setPriorIndex(Number(e.target.value))} disabled={!prior?.length}>
            {(prior ?? []).map((p, i) => (
              <option key={i} value={i}>{p.label}</option>
            ))}
          </select>
        </label>
        <CrystalView name="crystal-prior-view" view={priorView} options={iso} caption={priorView ? `${priorView.label}: ${priorView.atoms.length} atoms extracted` : 'Prior samples appear at the end of a run.'} height={280} />
        <ResultsTable results={results} />
      </section>

      <section>
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <CrystalLimits />
    </main>
  );
}

/** The Gopher panel: the recipe, a family of tiny models trained live, and which task families gain from scale. */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { PanelClosing } from '../../ui/PanelClosing';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { Tex } from '../../ui/Tex';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { ModelResult, LossFit, Samples } from './experiment';
import type { FamilyMember } from './family';
import type { gopherSchema } from './params';
import { RecipeTable } from './RecipeTable';
import { TASK_FAMILIES } from './tasks';

const PAPER_FINDING = 'Largest gains: reading comprehension and fact-checking; smallest: logic and maths (Rae et al. 2021, §4.3).';

export default function GopherPanel({ paper }: { paper: PaperDef<typeof gopherSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const family = (artifacts.family as FamilyMember[] | undefined) ?? null;
  const results = useMemo(() => (artifacts.results as ModelResult[] | undefined) ?? [], [artifacts.results]);
  const fit = (artifacts.lossFit as LossFit | undefined) ?? null;
  const samples = (artifacts.samples as Samples | undefined) ?? null;
  const lastLoss = rows.findLast((r) => r.values.loss !== undefined)?.values.loss;

  const lossPlot = useMemo<Data[]>(() => {
    const traces: Data[] = [{ type: 'scatter', mode: 'markers+text', x: results.map((r) => r.N), y: results.map((r) => r.evalLoss), text: results.map((r) => r.name), textposition: 'top center', name: 'eval loss', marker: { size: 10 } }];
    if (fit && results.length >= 2) {
      const ns = [Math.min(...results.map((r) => r.N)), Math.max(...results.map((r) => r.N))];
      traces.push({ type: 'scatter', mode: 'lines', x: ns, y: ns.map((n) => fit.coef * n ** fit.exponent), name: `fit: L ∝ N^${fit.exponent.toFixed(3)} (R² ${fit.r2.toFixed(2)})`, line: { dash: 'dot' } });
    }
    return traces;
  }, [results, fit]);

  const familyPlot = useMemo<Data[]>(
    () => TASK_FAMILIES.map((f) => ({ type: 'scatter', mode: 'lines+markers', x: results.map((r) => r.N), y: results.map((r) => r.scores[f]), name: f })),
    [results],
  );

  const gains = useMemo(() => {
    if (results.length < 2) return null;
    const first = results[0], lastR = results[results.length - 1];
    return TASK_FAMILIES.map((f) => ({ family: f, gain: lastR.scores[f] - first.scores[f] })).sort((a, b) => b.gain - a.gain);
  }, [results]);

  const training = useMemo<Data[]>(() => {
    const byModel = new Map<number, { x: number[]; y: number[] }>();
    for (const r of rows) {
      if (r.values.loss === undefined) continue;
      const m = r.values.model;
      if (!byModel.has(m)) byModel.set(m, { x: [], y: [] });
      const s = byModel.get(m)!;
      s.x.push(s.x.length + 1);
      s.y.push(r.values.loss);
    }
    return [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
  }, [rows, family]);

  return (
    <main className="panel">
      <PanelOpening title="Gopher: what scale buys" paper={paper} run={run} />

      <section className="prose">
        <h2>The question</h2>
        <p>
          Rae et al. trained a family of six transformers, from 44M to 280B parameters, on the same 300B tokens of MassiveText,
          and evaluated them on 152 tasks. Loss fell smoothly with size, but the benefit was uneven: reading comprehension,
          fact-checking and toxicity detection gained most; logical and mathematical reasoning gained least.
        </p>
        <p>
          The recipe: RMSNorm instead of LayerNorm, Transformer-XL relative position encodings, Adam with a linear warm-up and
          a cosine decay by 10×, gradient clipping at 1.0. A power law in parameters describes the loss:
        </p>
        <Tex block>{'L(N) \\approx c \\, N^{-\\alpha_N}'}</Tex>
        <p>
          Here a family of tiny models with the same proportions trains on our procedural corpus, and a battery of probes
          drawn from that corpus (facts, copying from context, arithmetic, two-hop reasoning, agreement) asks which abilities
          improve with size. Try: more models, a larger token budget, zero-shot vs few-shot prompts.
        </p>
      </section>

      <section>
        <h2>1. The recipe</h2>
        <RecipeTable family={family} />
      </section>

      <section>
        <h2>2. Train the family</h2>
        <RunSettings paper={paper} run={run} />
        <RunBar {...runBarProps(run)} />
        <MetricCards
          metrics={[
            { label: 'models trained', value: results.length },
            { label: 'training loss', value: lastLoss, unit: 'nats' },
            { label: 'loss exponent', value: fit?.exponent },
            { label: 'fit R²', value: fit?.r2 },
          ]}
        />
        <div className="plots-2">
          <Plot name="gopher-training" height={280} data={training} layout={{ title: { text: 'Training loss by step, per model' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'loss (nats/char)' } } }} />
          <Plot name="gopher-loss-vs-size" height={280} data={lossPlot} layout={{ title: { text: 'Evaluation loss vs parameters' }, xaxis: { type: 'log', title: { text: 'parameters N' } }, yaxis: { type: 'log', title: { text: 'eval loss' } }, showlegend: false }} />
        </div>
      </section>

      <section>
        <h2>3. Which task families gain from scale</h2>
        <div className="plots-2">
          <Plot name="gopher-families" height={300} data={familyPlot} layout={{ title: { text: 'Accuracy per task family vs size' }, xaxis: { type: 'log', title: { text: 'parameters N' } }, yaxis: { title: { text: 'accuracy' }, range: [0, 1] } }} />
          <Plot
            name="gopher-gains"
            height={300}
            data={gains ? [{ type: 'bar', x: gains.map((g) => g.family), y: gains.map((g) => g.gain), marker: { color: gains.map((g) => (g.gain >= 0 ? '#1f5fbf' : '#b3261e')) } }] : []}
            layout={{ title: { text: 'Gain from smallest to largest model (accuracy points)' }, yaxis: { title: { text: 'gain' } } }}
          />
        </div>
        <p className="hint">{PAPER_FINDING}</p>
      </section>

      <section>
        <h2>4. One prompt, every size</h2>
        {samples ? (
          <div data-testid="gopher-samples">
            <p><code>{samples.prompt}</code></p>
            <table className="claims">
              <tbody>
                {samples.completions.map((c) => (
                  <tr key={c.name}><th>{c.name}</th><td><code>{c.text}</code></td></tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="hint">Completions appear here as each model finishes training.</p>
        )}
      </section>

      <PanelClosing paper={paper}>
        <p>
          Our largest model is smaller than the paper's smallest by three orders of magnitude, our text is synthetic and
          character-level, and our "tasks" are probes of the corpus' own world. What carries over is the shape of the
          experiment: one recipe, one token budget, a family of sizes, and a per-family look at what more parameters buy.
          Which families gain most here is a property of this corpus, not evidence about natural language; the panel reports
          it as measured.
        </p>
      </PanelClosing>
    </main>
  );
}

/** The Gopher panel: a family of tiny models trained live, which task families gain from scale, the recipe, and the probes. */
import { useMemo } from 'react';
import type { PaperOf } from '../../core/paper';
import { lastWith, metric } from '../../core/runner/RunRecorder';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { Tex } from '../../ui/Tex';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { CorpusProbes } from './CorpusProbes';
import { gopherFamily } from './family';
import type { gopherExperiment } from './experiment';
import { familiesFigure } from './plots/families';
import { gainsFigure } from './plots/gains';
import { lossVsSizeFigure } from './plots/lossVsSize';
import { scheduleFigure } from './plots/schedule';
import { trainingFigure } from './plots/training';
import { RecipeTable } from './RecipeTable';

const PAPER_FINDING = 'Largest gains: reading comprehension and fact-checking; smallest: logic and maths (Rae et al. 2021, §4.3).';

export default function GopherPanel({ paper }: { paper: PaperOf<typeof gopherExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { family, results = [], lossFit, samples } = rec.artifacts;
  // The compared run (the one a restart replaced, or the recorded run), faded behind the reader's.
  const compared = run.compare?.recording ?? null;
  const lastTraining = lastWith(rec.rows, 'loss');
  // The family's shapes and counts are known from the settings at once; a run's own family replaces them.
  const planned = useMemo(() => gopherFamily(run.params), [run.params]);

  const training = useComparedFigure(trainingFigure, rec, compared);
  // The compared run's families are drawn without their chance lines (the live figure has them).
  const families = useMemo(() => familiesFigure(rec), [rec]);
  const familiesGhost = useMemo(() => (compared ? familiesFigure(compared, { chance: false }).data : null), [compared]);
  const loss = useComparedFigure(lossVsSizeFigure, rec, compared);
  const gains = useMemo(() => gainsFigure(rec), [rec]);
  const schedule = useComparedFigure(scheduleFigure, rec, compared);

  const figure = (
    <div className="plots-2">
      <Plot name="gopher-training" height={340} {...training} />
      <Plot name="gopher-families" height={340} {...families} recorded={familiesGhost} />
    </div>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'models trained', value: results.length },
        { label: 'training loss', value: lastTraining && metric(lastTraining, 'loss'), unit: 'nats' },
        { label: 'loss exponent', value: lossFit?.exponent },
        { label: 'fit R²', value: lossFit?.r2 },
      ]}
      closing={
        <>
          <p>
            Our largest model is smaller than the paper's smallest by three orders of magnitude, our text is synthetic and
            character-level, and our "tasks" are probes of the corpus' own world. What carries over is the shape of the
            experiment: one recipe, one token budget, a family of sizes, and a per-family look at what more parameters buy.
            Which families gain most here is a property of this corpus, not evidence about natural language; the panel reports
            it as measured.
          </p>
          <p>
            Training length decides whether the task probes show anything at all. At 400k and at 800k characters per model no
            family's gain from the smallest to the largest model cleared the probe noise. At 1.2M characters (the claims preset,
            about 1.3 passes over the corpus) the largest model gains clearly on two-hop
            logic (47% to 61% on four choices, seeds 1 and 2 alike), while maths, copying and closed-book facts stay near chance.
            Agreement gains too, but from below chance: the one-layer smallest model picks the attractor's number more often
            than not. Most facts appear only a few times in the corpus, too few for these models to recall them. The models
            still read characters; byte-pair subwords were not tried here.
          </p>
        </>
      }
    >
      <section className="prose" id="question">
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
          improve with size. Try: more models, a larger token budget, zero-shot vs few-shot prompts, Table 1's falling learning rates.
        </p>
      </section>

      <section id="corpus">
        <h2>1. What the models read, and what they are asked</h2>
        <CorpusProbes seed={run.seed} shots={run.params.shots} />
      </section>

      <section id="recipe">
        <h2>2. The recipe</h2>
        <RecipeTable family={family ?? planned} />
        <Plot name="gopher-schedule" height={260} {...schedule} steps />
      </section>

      <section id="scale">
        <h2>3. Loss and gains with scale</h2>
        <div className="plots-2">
          <Plot name="gopher-loss-vs-size" height={300} {...loss} />
          <Plot name="gopher-gains" height={300} {...gains} />
        </div>
        <p className="hint">{PAPER_FINDING}</p>
      </section>

      <section id="samples">
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

    </PanelPage>
  );
}

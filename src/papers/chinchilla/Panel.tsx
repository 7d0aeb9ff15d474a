/** The Chinchilla panel: a live IsoFLOP sweep first, then the question, the laws as a calculator, your own fit, and the claims. */
import type { PaperOf } from '../../core/paper';
import { lastWith, metric } from '../../core/runner/RunRecorder';
import { CorpusOpeningSample } from '../../ui/CorpusOpeningSample';
import { PanelPage } from '../../ui/PanelPage';
import { ParamControls } from '../../ui/ParamControls';
import { Tex } from '../../ui/Tex';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { Calculator } from './Calculator';
import { CsvFit } from './CsvFit';
import type { chinchillaExperiment } from './experiment';
import { SweepFigure } from './SweepFigure';
import { SweepSection } from './SweepSection';

const SWEEP_FIELDS = [
  'budgets', 'sizes', 'minFlops', 'budgetFactor', 'sizeSpan', 'tokensPerParam', 'depth', 'seqLen', 'batchSize',
  'lr', 'warmup', 'corpusTokens', 'norm', 'positions', 'evalBatches', 'grid', 'resamples',
] as const;

export default function ChinchillaPanel({ paper }: { paper: PaperOf<typeof chinchillaExperiment> }) {
  const run = useExperimentRun(paper);
  const { runs = [], analysis } = run.recording.artifacts;
  const lastLoss = lastWith(run.recording.rows, 'loss');

  return (
    <PanelPage paper={paper} run={run} figure={<SweepFigure run={run} />}
      only={SWEEP_FIELDS}
      metrics={[
        { label: 'runs finished', value: runs.length },
        { label: 'training loss', value: lastLoss && metric(lastLoss, 'loss'), unit: 'nats' },
        { label: 'a (Approach 2)', value: analysis?.approach2.result?.a },
        { label: 'a (Approach 3)', value: analysis?.approach3.result?.a },
      ]}
      closing={
        <p>
          Our models have thousands to a few hundred thousand parameters and see up to a few million characters: ten orders
          of magnitude below the paper. What carries over is the method: IsoFLOP profiles have a minimum, the minimum moves to
          larger models as compute grows, and the three approaches can be compared on the same runs. The exponents themselves
          are noisy at this scale (character-level data, few budgets, data repeated at the largest budgets), so read them with
          their bootstrap intervals; the paper's own intervals came from 400+ models. Absolute losses are not comparable to the paper's.
        </p>
      }
    >
      <section className="prose" id="question">
        <h2>The question</h2>
        <p>
          Given a fixed amount of training compute, how large should a language model be, and on how many tokens should it
          train? Kaplan et al. (2020) said: mostly grow the model (N ∝ C<sup>0.73</sup>). Hoffmann et al. trained over 400
          models from 70M to 16B parameters and found instead that parameters and tokens should grow in equal proportion,
          N ∝ C<sup>0.5</sup> and D ∝ C<sup>0.5</sup>: Gopher (280B parameters, 300B tokens) was undertrained, and Chinchilla
          (70B, 1.4T tokens), on the same compute, beat it.
        </p>
        <p>
          The figure above is that study in miniature: tiny character-level transformers on our procedural corpus; at each compute
          budget, models of several widths, each trained for exactly its budget with a cosine schedule as long as the run. Try:
          more budgets and sizes (the paper-like preset); a narrower size span; a peak learning rate too high for the larger models.
        </p>
      </section>

      <section className="prose" id="mechanism">
        <h2>Three ways to the optimum</h2>
        <p>Training compute is counted as <Tex>{'C \\approx 6ND'}</Tex>. The paper estimates the optimum three ways:</p>
        <ol>
          <li><strong>Training-curve envelope.</strong> Train each size with several cosine horizons; at each FLOP count keep the run with the lowest loss; fit <Tex>{'N_{opt} \\propto C^a'}</Tex> to the winners.</li>
          <li><strong>IsoFLOP profiles.</strong> At each of 9 budgets, fit a parabola to loss against <Tex>{'\\log N'}</Tex> and take its minimum.</li>
          <li><strong>A parametric law</strong>, fitted with a Huber loss (δ = 10<sup>-3</sup>) by L-BFGS from a grid of starts:</li>
        </ol>
        <Tex block>{'\\hat L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}'}</Tex>
        <details>
          <summary>The efficient frontier in closed form</summary>
          <p>Minimising the law along the line C = 6ND gives:</p>
          <Tex block>{'N_{opt}(C) = G\\left(\\tfrac{C}{6}\\right)^{\\frac{\\beta}{\\alpha+\\beta}}, \\quad D_{opt}(C) = G^{-1}\\left(\\tfrac{C}{6}\\right)^{\\frac{\\alpha}{\\alpha+\\beta}}, \\quad G = \\left(\\tfrac{\\alpha A}{\\beta B}\\right)^{\\frac{1}{\\alpha+\\beta}}'}</Tex>
        </details>
        <p>
          A 2024 replication (Besiroglu et al.) found the published Approach 3 numbers were rounded and the fit stopped early
          (the Huber losses were averaged, not summed); their re-fit gives about 20 tokens per parameter, in line with Approaches 1 and 2.
        </p>
      </section>

      <section id="sweep">
        <h2>1. Your scaling study: every run, and N<sub>opt</sub> three ways</h2>
        <SweepSection run={run} />
      </section>

      <section id="calculator">
        <h2>2. The paper's laws as a calculator</h2>
        <ParamControls schema={paper.schema} values={run.params} onChange={run.setParam} only={['calcBudget']} />
        <Calculator flops={run.params.calcBudget} />
      </section>

      <section id="corpus">
        <h2>3. What the models read</h2>
        <CorpusOpeningSample seed={run.seed} what="every model of the sweep trains on this text, in the same order" />
      </section>

      <section id="csv">
        <details>
          <summary><h2 style={{ display: 'inline' }}>4. Fit your own data</h2></summary>
          <CsvFit />
        </details>
      </section>

    </PanelPage>
  );
}

/** The routed-scaling panel: a live sweep of tiny mixture-of-experts LMs first, then Eq. 1 as a calculator, our fit beside Table 3, and routing as it trains. */
import { useMemo } from 'react';
import type { PaperOf } from '../../core/paper';
import { lastWith, metric } from '../../core/runner/RunRecorder';
import { CorpusOpeningSample } from '../../ui/CorpusOpeningSample';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { Tex } from '../../ui/Tex';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { routedExperiment, RoutedMetric } from './experiment';
import { FitTable } from './FitTable';
import { LawSection } from './LawSection';
import { fitFigure } from './plots/fit';
import { paperLawFigure } from './plots/paperLaw';
import { trainingFigure } from './plots/training';
import { ROUTER_LABELS } from './router';
import { RoutingView } from './RoutingView';
import { chosenRouters, expertCounts, sweepPlan, widths } from './sweepPlan';

const EQ1 = String.raw`\log L(N, E) = a \log N + b \log \hat E + c \log N \log \hat E + d`;
const EHAT = String.raw`\frac{1}{\hat E} = \frac{1}{E - 1 + \left(\frac{1}{E_\text{start}} - \frac{1}{E_\text{max}}\right)^{-1}} + \frac{1}{E_\text{max}}`;
const EPC = String.raw`L(\bar N, 1) = L(N, E) \;\Rightarrow\; \log \bar N = \frac{(a + c\log \hat E)\log N + b(\log \hat E - \log E_\text{start})}{a + c \log E_\text{start}}`;
const MOE = String.raw`y_n = g_n \cdot \mathrm{FFN}_{e_n}(x_n), \qquad e_n = \text{router}(x_n, \text{token}_n)`;
const SINKHORN = String.raw`P = \operatorname{diag}(r)\, e^{S} \operatorname{diag}(c), \quad P\mathbf 1 = \mathbf 1, \quad \mathbf 1^\top P = \tfrac{N}{E}\mathbf 1^\top`;

export default function RoutedPanel({ paper }: { paper: PaperOf<typeof routedExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { results, fits } = rec.artifacts;
  // Drawn faded behind the reader's curves: the run a restart replaced, or the panel's recorded run.
  const compared = run.compare?.recording ?? null;
  const lastTrain = lastWith(rec.rows, 'loss');
  const last = (key: RoutedMetric): number | undefined => (lastTrain ? metric(lastTrain, key) : undefined);
  const overheadRow = lastWith(rec.rows, 'routingOverhead');
  // What these settings will train, known at once.
  const planned = useMemo(() => sweepPlan(run.params), [run.params]);

  const training = useComparedFigure(trainingFigure, rec, compared);
  const fitPlot = useComparedFigure(fitFigure, rec.artifacts, compared?.artifacts ?? null);
  const { sbase, rlr, hash, maxExperts } = run.params;
  const paperPlot = useMemo(() => paperLawFigure({ sbase, rlr, hash, maxExperts }), [sbase, rlr, hash, maxExperts]);

  const figure = (
    <>
      <div className="plots-2">
        <Plot name="routed-training" height={340} {...training} />
        <Plot name="routed-fit" height={340} {...fitPlot} />
      </div>
      <p className="hint" data-testid="routed-plan">
        These settings train {planned.length} models: d_model {widths(run.params).join(', ')}; E = {expertCounts(run.params).join(', ')};
        routers {chosenRouters(run.params).map((r) => ROUTER_LABELS[r]).join(', ') || 'none (dense only)'}; {run.params.steps} steps each.
      </p>
    </>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'models trained', value: results?.length ?? 0 },
        { label: 'training loss', value: last('loss'), unit: 'nats' },
        { label: 'max / mean load', value: (last('E') ?? 1) > 1 ? last('balance') : undefined },
        { label: 'routing overhead', value: overheadRow && metric(overheadRow, 'routingOverhead'), unit: '× dense time' },
      ]}
      closing={
        <>
          <p>
            Our dense models have thousands to tens of thousands of parameters, not 15M to 1.3B; they read a procedural corpus
            as characters or as byte-pair subwords learned from it (Tokens, under data), not 130B tokens of MassiveText; and E
            stops at 16, not 512. So the fitted numbers are not the paper's: the saturation constants E<sub>start</sub> and
            E<sub>max</sub> are barely visible below 16 experts (the full fit holds them near Table 3's with a weak prior, and
            says so), and a cutoff size fitted from two tiny sizes is a rough extrapolation. What carries over is the mechanism
            and the shape: more experts at a fixed dense size lower the loss, a balanced learned router keeps experts evenly used
            while training, and an unbalanced one need not. Our RL-R uses a batch-mean baseline and Gumbel-max sampling; the
            paper's exact RL-R recipe may differ in details.
          </p>
          <p>
            The order of the routers depends on the tokens. On characters, S-BASE trails Hash by about 0.15 nats/char at 8
            experts: a fixed table from character to expert is already a strong routing rule, and a router learned in a few
            hundred steps does not match it. Its greedy routing at evaluation is far from even (the largest expert takes 3 to 5
            times its share), and even routing the held-out text with the training assignment, which a causal model may not do,
            closes only about a third of the gap. On subwords (vocabulary 512), which is what the paper's models read and what
            the claims now train on, S-BASE is ahead of Hash as in the paper: 2.508 against 2.552 nats/token after 300 steps per
            model, 2.294 against 2.334 after 600, and within seed noise behind it after 1200 (2.211 against 2.194). On subwords,
            though, Hash needs longer to help at all: against the dense model it is 0.026 nats/token worse after 300 steps,
            0.015 worse after 600 and 0.034 better after 1200. So "more experts help" fails at the claims run's 300 steps and
            holds at 1200, which <code>npm run claims -- routed-scaling --full</code> trains.
          </p>
          <p className="hint">
            Clark, A., de las Casas, D., Guy, A., Mensch, A., et al. (2022). Unified Scaling Laws for Routed Language Models. ICML 2022, arXiv:2202.01169.
          </p>
        </>
      }
    >
      <section className="prose" id="question">
        <h2>The question</h2>
        <p>
          A mixture-of-experts layer keeps many copies ("experts") of a transformer's feed-forward block and sends each token
          to one of them. Parameters grow with the number of experts E while the compute per token stays that of one block.
          Clark et al. trained dense and routed models from 15M to 1.3B dense parameters with up to 512 experts, under three
          routing rules, and asked whether one law in N (dense size) and E describes them all.
        </p>
        <Tex block>{MOE}</Tex>
        <p>Their answer is a bilinear law in log N and a saturating log E, fitted per router (Eq. 1, base-10 logs, loss in nats):</p>
        <Tex block>{EQ1}</Tex>
        <details>
          <summary>The saturating expert count Ê and the effective parameter count</summary>
          <Tex block>{EHAT}</Tex>
          <p>
            Because c &gt; 0, experts help less as the dense model grows, and stop helping at <Tex>{'N_\\text{cutoff} = 10^{-b/c}'}</Tex>.
            The effective parameter count N̄ is the dense size with the same loss:
          </p>
          <Tex block>{EPC}</Tex>
        </details>
      </section>

      <section className="prose" id="mechanism">
        <h2>The routers</h2>
        <p>
          <b>S-BASE</b> learns a linear router and, while training, balances its assignment so every expert gets an
          equal share of the batch: the paper approximates BASE layers' linear assignment with Sinkhorn (its Sec. 2.2); we
          run a few Sinkhorn iterations and then hand out the tokens greedily, best score first, n/E to each expert of a
          capacity group. At evaluation it routes greedily (argmax of the router's scores), and at our scale that greedy
          routing is far from even. <b>RL-R</b> treats the router as a policy and trains it with REINFORCE on each token's log-likelihood; <b>Hash</b> sends each token id to a fixed expert and learns nothing.
        </p>
        <Tex block>{SINKHORN}</Tex>
        <p>
          Try: the calculator below with the paper's example (5M parameters, 128 experts); then a sweep, and compare our fitted
          coefficients with Table 3; switch on the unbalanced top-1 router and watch its expert load in section 3.
        </p>
      </section>

      <section id="law">
        <h2>1. The law, from the paper's coefficients</h2>
        <LawSection />
      </section>

      <section id="fit">
        <h2>2. Our fit beside the paper's law</h2>
        <Plot name="routed-paper-law" height={320} {...paperPlot} />
        <FitTable fits={fits ?? []} />
      </section>

      <section id="routing">
        <h2>3. Routing while it trains</h2>
        <RoutingView rec={rec} compared={compared} />
      </section>

      <section id="corpus">
        <h2>4. What the models read</h2>
        <CorpusOpeningSample seed={run.seed} what="every dense and routed model trains on this text" />
      </section>

    </PanelPage>
  );
}

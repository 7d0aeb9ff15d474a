/** The routed-scaling panel: Eq. 1 as a calculator, a live sweep of tiny mixture-of-experts LMs with our fit, and routing as it trains. */
import { useMemo } from 'react';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { PanelClosing } from '../../ui/PanelClosing';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { Tex } from '../../ui/Tex';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { RoutingSnapshot, TokenRoutes } from './experiment';
import { FitTable } from './FitTable';
import { LAW_ROUTERS } from './law';
import { LawSection } from './LawSection';
import type { routedSchema } from './params';
import { RoutingView } from './RoutingView';
import { fitTraces, paperTraces, trainingTraces } from './sweepPlots';
import type { PlannedRun } from './sweepPlan';
import type { RouterFit, RunResult } from './sweepResults';

const EQ1 = String.raw`\log L(N, E) = a \log N + b \log \hat E + c \log N \log \hat E + d`;
const EHAT = String.raw`\frac{1}{\hat E} = \frac{1}{E - 1 + \left(\frac{1}{E_\text{start}} - \frac{1}{E_\text{max}}\right)^{-1}} + \frac{1}{E_\text{max}}`;
const EPC = String.raw`L(\bar N, 1) = L(N, E) \;\Rightarrow\; \log \bar N = \frac{(a + c\log \hat E)\log N + b(\log \hat E - \log E_\text{start})}{a + c \log E_\text{start}}`;
const MOE = String.raw`y_n = g_n \cdot \mathrm{FFN}_{e_n}(x_n), \qquad e_n = \text{router}(x_n, \text{token}_n)`;
const SINKHORN = String.raw`P = \operatorname{diag}(r)\, e^{S} \operatorname{diag}(c), \quad P\mathbf 1 = \mathbf 1, \quad \mathbf 1^\top P = \tfrac{N}{E}\mathbf 1^\top`;

export default function RoutedPanel({ paper }: { paper: PaperDef<typeof routedSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const plan = useMemo(() => (artifacts.plan as PlannedRun[] | undefined) ?? [], [artifacts.plan]);
  const results = useMemo(() => (artifacts.results as RunResult[] | undefined) ?? [], [artifacts.results]);
  const fits = useMemo(() => (artifacts.fits as RouterFit[] | undefined) ?? [], [artifacts.fits]);
  const snapshot = (artifacts.routing as RoutingSnapshot | undefined) ?? null;
  const routes = (artifacts.tokenRoutes as TokenRoutes | undefined) ?? null;
  const last = rows.findLast((r) => r.values.loss !== undefined)?.values;
  const overhead = rows.findLast((r) => r.values.routingOverhead !== undefined)?.values.routingOverhead;

  const training = useMemo(() => trainingTraces(rows, plan), [rows, plan]);
  const fitPlot = useMemo(() => fitTraces(results, fits), [results, fits]);
  const maxE = Number(run.params.maxExperts);
  const paperPlot = useMemo(() => paperTraces(LAW_ROUTERS.filter((r) => run.params[r]), maxE), [run.params, maxE]);

  return (
    <main className="panel">
      <PanelOpening title="Scaling laws for routed language models" paper={paper} run={run} />

      <section className="prose">
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
        <Tex block>{EHAT}</Tex>
        <p>
          Because c &gt; 0, experts help less as the dense model grows, and stop helping at <Tex>{'N_\\text{cutoff} = 10^{-b/c}'}</Tex>.
          The effective parameter count N̄ is the dense size with the same loss:
        </p>
        <Tex block>{EPC}</Tex>
        <p>
          The routers: <b>S-BASE</b> learns a linear router and, while training, balances its assignment with a few Sinkhorn
          iterations so every expert gets an equal share of the batch; <b>RL-R</b> treats the router as a policy and trains it with
          REINFORCE on each token's log-likelihood; <b>Hash</b> sends each token id to a fixed expert and learns nothing.
        </p>
        <Tex block>{SINKHORN}</Tex>
        <p>
          Try: the calculator below with the paper's example (5M parameters, 128 experts); then a sweep, and compare our fitted
          coefficients with Table 3; switch on the unbalanced top-1 router and watch its expert load in part 3.
        </p>
      </section>

      <section>
        <h2>1. The law, from the paper's coefficients</h2>
        <LawSection />
      </section>

      <section>
        <h2>2. Train routed models and fit the law</h2>
        <RunSettings paper={paper} run={run} />
        <RunBar {...runBarProps(run)} />
        <MetricCards
          metrics={[
            { label: 'models trained', value: results.length },
            { label: 'training loss', value: last?.loss, unit: 'nats' },
            { label: 'experts now', value: last?.E },
            { label: 'max / mean load', value: last && last.E > 1 ? last.balance : undefined },
            { label: 'routing overhead', value: overhead, unit: '× dense time' },
          ]}
        />
        <Plot name="routed-training" height={280} data={training} layout={{ title: { text: 'Training loss by step, per model' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'loss (nats/char)' } } }} />
        <div className="plots-2">
          <Plot name="routed-fit" height={320} data={fitPlot} layout={{ title: { text: 'Ours: held-out loss vs experts, with our Eq. 1 fit' }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { title: { text: 'loss (nats/char)' } } }} />
          <Plot name="routed-paper-law" height={320} data={paperPlot} layout={{ title: { text: "Paper's Table 3 law over the same E" }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { title: { text: 'loss (nats/token)' } } }} />
        </div>
        <FitTable fits={fits} />
      </section>

      <section>
        <h2>3. Routing while it trains</h2>
        <RoutingView snapshot={snapshot} rows={rows} routes={routes} />
      </section>

      <PanelClosing paper={paper}>
        <p>
          Our dense models have thousands to tens of thousands of parameters, not 15M to 1.3B; they read characters of a
          procedural corpus, not 130B tokens of MassiveText; and E stops at 16, not 512. So the fitted numbers are not the
          paper's: the saturation constants E<sub>start</sub> and E<sub>max</sub> are barely visible below 16 experts (the full
          fit holds them near Table 3's with a weak prior, and says so), and a cutoff size fitted from two tiny sizes is a
          rough extrapolation. What carries over is the mechanism and the shape: more experts at a fixed dense size lower the
          loss, a balanced learned router keeps experts evenly used, and an unbalanced one need not. Our RL-R uses a batch-mean
          baseline and Gumbel-max sampling; the paper's exact RL-R recipe may differ in details.
        </p>
        <p className="hint">
          Clark, A., de las Casas, D., Guy, A., Mensch, A., et al. (2022). Unified Scaling Laws for Routed Language Models. ICML 2022, arXiv:2202.01169.
        </p>
      </PanelClosing>
    </main>
  );
}

/** The AlgebraNets panel: algebra nets trained side by side and one product worked out first, then the algebras, sparsity, claims. */
import { useCallback, useMemo } from 'react';
import type { PaperOf } from '../../core/paper';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { Tex } from '../../ui/Tex';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { AlgebraTable } from './AlgebraTable';
import type { algebraExperiment } from './experiment';
import { heldOutFigure } from './plots/heldOut';
import { bestResult, score, taskOf } from './plots/score';
import { scoreVsFigure } from './plots/scoreVs';
import { sparsityFigure } from './plots/sparsity';
import { speedFigure } from './plots/speed';
import { trainingLossFigure } from './plots/trainingLoss';
import { ProductWidget } from './ProductWidget';

export default function AlgebraNetsPanel({ paper }: { paper: PaperOf<typeof algebraExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { params } = run;
  const specs = rec.artifacts.runs ?? [];
  const results = rec.artifacts.results ?? [];
  const task = taskOf(rec, params);
  // The compared run (the one a restart replaced, or the recorded run) is drawn behind the reader's only when it scored the same task.
  const compared = run.compare && taskOf(run.compare.recording, params) === task ? run.compare.recording : null;

  const heldOut = useComparedFigure(useCallback((r: typeof rec) => heldOutFigure(r, params), [params]), rec, compared);
  const loss = useComparedFigure(trainingLossFigure, rec, compared);
  const vsParams = useMemo(() => scoreVsFigure(rec, params, 'params'), [rec, params]);
  const vsFlops = useMemo(() => scoreVsFigure(rec, params, 'multiplies'), [rec, params]);
  const vsSparsity = useMemo(() => sparsityFigure(rec, params), [rec, params]);
  const speed = useMemo(() => speedFigure(rec, run.backend ?? 'auto'), [rec, run.backend]);
  const best = bestResult(results);
  const lastStep = rec.rows.length ? rec.rows[rec.rows.length - 1].step : undefined;

  const figure = (
    <>
      <div className="plots-2">
        <Plot name="algebranets-eval" height={270} {...heldOut} steps />
        <Plot name="algebranets-training" height={270} {...loss} steps />
      </div>
      <h3 className="figure-subhead">How a weight multiplies an activation</h3>
      <ProductWidget />
    </>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'networks', value: specs.length },
        { label: 'step', value: lastStep },
        { label: `best: ${best?.key ?? '–'}`, value: best ? score(best) : undefined, unit: task === 'chars' ? 'bpc' : '%' },
        { label: 'real parameters (ℝ net)', value: specs.find((s) => s.algebra === 'R')?.params ?? specs[0]?.params },
      ]}
      closing={
        <>
          <p>
            The paper trains ResNet-50 and MobileNet on ImageNet and Transformer-XL-style models on enwik8 and WikiText-103.
            Here the networks have tens of thousands of parameters, the images are procedurally drawn digits and the text is
            our procedural corpus, and each run lasts minutes. What carries over exactly is the arithmetic: parameter and
            multiply counts, the single-matmul identity, and how widths must shrink as elements grow. Which algebra wins at
            this scale is measured, not assumed, and may differ from ImageNet; small differences between algebras are within
            the noise of one seed. The speed plot shows the price of compute density on your backend, which for tiny layers
            is dominated by kernel launches rather than multiplies.
          </p>
          <p className="hint">
            Hoffmann, Schmitt, Osindero, Simonyan, Elsen (2020). AlgebraNets. arXiv:2006.07360.
          </p>
        </>
      }
    >
      <section className="prose" id="question">
        <h2>The question</h2>
        <p>
          A neural network multiplies real weights by real activations. Hoffmann, Schmitt, Osindero, Simonyan and Elsen ask
          what happens if both are elements of a small associative algebra instead: complex numbers, quaternions, or 2×2,
          3×3 and 4×4 real or complex matrices. Earlier work on complex and quaternion networks reported gains on small
          datasets; the paper tests this on ImageNet and on character-level language modelling and finds that the earlier
          conclusions do not always carry over, but that some algebras, 2×2 real matrices in particular, are as accurate as
          real networks with fewer parameters, or for fewer FLOPs.
        </p>
      </section>
      <section className="prose" id="mechanism">
        <h2>The mechanism</h2>
        <p>A dense or convolutional layer keeps its form, with the algebra's product in place of real multiplication:</p>
        <Tex block>{'y_o = \\sum_i W_{oi} \\otimes x_i + b_o, \\qquad W_{oi},\\, x_i,\\, b_o \\in \\mathcal{A}'}</Tex>
        <p>
          Every algebra here acts on an activation as one real matrix that is linear in the weight. Read an element with
          <Tex>{'d'}</Tex> real components as a <Tex>{'p \\times r'}</Tex> real matrix <Tex>X</Tex>; then
        </p>
        <Tex block>{'w \\otimes x = B(w)\\, X, \\qquad B(w) = \\sum_{k=1}^{d} w_k S_k, \\quad S_k \\in \\{-1, 0, 1\\}^{p \\times p}'}</Tex>
        <p>
          For <Tex>{'\\mathbb{C}'}</Tex> and <Tex>{'\\mathbb{H}'}</Tex>, <Tex>X</Tex> is one column and <Tex>{'B(w)'}</Tex>
          the complex block or the Hamilton matrix. For <Tex>{'M_n(\\mathbb{R})'}</Tex>, <Tex>{'B(W) = W'}</Tex> and <Tex>X</Tex>
          has <Tex>n</Tex> columns, which can ride in the batch: the whole layer is one real matmul or convolution after a
          reshape (the paper's Appendix E). A product then costs <Tex>{'r p^2'}</Tex> real multiplies for <Tex>{'d = pr'}</Tex>
          parameters: the <em>compute density</em> <Tex>{'p'}</Tex> multiplies per parameter, which matters where weights are
          reused little, as in batch-1 inference or in sparse networks. Initial weights have variance
          <Tex>{'2 / (I p)'}</Tex>, since each real output sums <Tex>{'I p'}</Tex> products, so activations keep their scale in every algebra.
        </p>
      </section>
      <section className="prose" id="try">
        <h2>What to try</h2>
        <p>
          The default run compares <Tex>{'\\mathbb{R}'}</Tex>, <Tex>{'\\mathbb{C}'}</Tex>, <Tex>{'\\mathbb{H}'}</Tex> and
          <Tex>{'M_2(\\mathbb{R})'}</Tex> at equal parameters; switch to matched multiplies, add the larger matrix algebras, turn on
          pruning with several sparsity levels, or switch to the language task.
        </p>
      </section>

      <section id="algebras">
        <h2>The algebras</h2>
        <AlgebraTable />
      </section>

      <section id="budgets">
        <h2>Matched parameters or matched multiplies</h2>
        <div className="plots-2">
          <Plot name="algebranets-vs-params" height={300} {...vsParams} />
          <Plot name="algebranets-vs-flops" height={300} {...vsFlops} />
        </div>
        <p className="hint">
          At matched parameters the denser algebras do more multiplies per example (ℍ and M₄(ℝ) four times ℝ's); at matched
          multiplies they get fewer parameters. The widths are found by building candidate networks and counting their layers.
        </p>
      </section>

      <section id="sparsity">
        <h2>Sparsity</h2>
        <p className="hint">
          Pruning removes whole algebra elements, smallest norm first, rising to the target sparsity on a cubic schedule
          during training. Set a target sparsity and more than one level to draw a curve per algebra.
        </p>
        <div className="plots-2">
          <Plot name="algebranets-vs-sparsity" height={300} {...vsSparsity} />
          <Plot name="algebranets-speed" height={300} {...speed} />
        </div>
      </section>

    </PanelPage>
  );
}

/**
 * The routed sweep's record across its models, in plan order: what the
 * experiment adds around each model's own events, and what a merged sweep
 * (sweepGrid.ts) adds to each point's rows, so both make it with this code.
 * A routed model's training rows carry its routing overhead (the tokens/s of
 * the dense model of its seed and size, which the plan trains first, ÷ its
 * own); after each model come the results so far and the law fits to them.
 */
import type { MetricValues } from '../../core/experiment';
import type { RoutedEvent, RoutedMetric } from './experiment';
import type { RouterKind } from './router';
import type { PlannedRun } from './sweepPlan';
import { fitRouters, type RouterFit, type RunResult } from './sweepResults';

const sizeKey = (r: Pick<RunResult, 'replica' | 'width'>): string => `${r.replica}:${r.width}`;

export class RoutedSweepLog {
  /** Tokens/s of each seed and size's dense model, once it has run. */
  private readonly denseSpeed = new Map<string, number>();
  private readonly done: RunResult[] = [];

  constructor(private readonly routers: readonly RouterKind[]) {}

  /** A model's row as the sweep reports it: training rows of a routed model get routingOverhead once its dense model has run. */
  row(run: PlannedRun, values: MetricValues<RoutedMetric>): MetricValues<RoutedMetric> {
    const dense = this.denseSpeed.get(sizeKey(run));
    return run.E > 1 && dense && values.tokensPerSec !== undefined ? { ...values, routingOverhead: dense / values.tokensPerSec } : values;
  }

  /** A model finished: its result joins the results (a dense one's speed sets the overhead of its size's routed models). */
  add(result: RunResult): void {
    if (result.E === 1) this.denseSpeed.set(sizeKey(result), result.tokensPerSec);
    this.done.push(result);
  }

  /** What the experiment yields after a model: add it, then the results so far and the law fitted to them. */
  *finish(result: RunResult): Generator<RoutedEvent, void, void> {
    this.add(result);
    yield { kind: 'artifact', name: 'results', data: this.results() };
    yield { kind: 'artifact', name: 'fits', data: this.fits() };
  }

  /** The results so far, in plan order. */
  results(): RunResult[] {
    return [...this.done];
  }

  /** Eq. 1 per chosen router, fitted to the results so far. */
  fits(): RouterFit[] {
    return fitRouters(this.done, this.routers);
  }
}

/**
 * A member's evaluation (ModelResult) from outside this process, a sweep
 * point's result or a recorded run file, checked field by field.
 */
import { ExperimentError } from '../../core/experiment';
import { isFiniteNumber, isRecord } from '../../core/sweep/plainData';
import type { ModelResult } from './experiment';
import { perFamily, type TaskFamily } from './tasks';


function checkPerFamily(x: unknown, what: string): Record<TaskFamily, number> {
  if (!isRecord(x)) throw new ExperimentError(`${what} is not an object`);
  return perFamily((f) => {
    const v = x[f];
    if (!isFiniteNumber(v)) throw new ExperimentError(`${what}: ${f} is not a finite number`);
    return v;
  });
}

export function checkModelResult(x: unknown): ModelResult {
  if (!isRecord(x) || typeof x.name !== 'string' || !isFiniteNumber(x.N) || !isFiniteNumber(x.evalLoss) || !isFiniteNumber(x.bpc)) {
    throw new ExperimentError('a Gopher model result needs name, N, evalLoss and bpc');
  }
  return { name: x.name, N: x.N, evalLoss: x.evalLoss, bpc: x.bpc, scores: checkPerFamily(x.scores, 'scores'), exact: checkPerFamily(x.exact, 'exact') };
}

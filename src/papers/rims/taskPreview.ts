/**
 * The sequence the activity heat map shows (test set ACTIVITY_SET, sequence 0),
 * drawn at once from the seed without any model: the same tokens, pixels or
 * values the run will feed, so the figure has real data before any run.
 * One sequence costs microseconds (copying, adding) or one pool of test
 * digits (`evalBatch` drawings) for the digits task.
 */
import { Rng } from '../../core/rng';
import { addingBatch } from './addingTask';
import { copyingBatch, copyLength } from './copyingTask';
import { digitPool, digitsBatch, testResolutions } from './digitsTask';
import type { RimsParams } from './params';
import type { SeqBatch } from './seqBatch';
import { MAX_SEQUENCE } from './taskData';

export interface TaskPreview {
  /** "T = 40", "L = 80", "11×11": the test length it belongs to. */
  label: string;
  /** One number per step: the token (copying), the pixel (digits), or the value, negated where marked (adding). */
  input: number[];
}

/** Sequence 0 of a batch as one number per step (the run's `inputTrace`). */
export function traceOf(b: SeqBatch): number[] {
  const out: number[] = [];
  for (let t = 0; t < b.T; t++) {
    const row = b.x.subarray(t * b.B * b.inputSize, t * b.B * b.inputSize + b.inputSize);
    if (b.inputSize === 1) out.push(row[0]);
    else if (b.inputSize === 2) out.push(row[1] ? -row[0] : row[0]);
    else out.push(row.indexOf(1));
  }
  return out;
}

/** The first test sequence of a run with these params and seed, or null when the run's longest sequence is too long to unroll. */
export function taskPreview(p: RimsParams, seed: number): TaskPreview | null {
  // taskData forks 'data' from the run's RNG, then one stream per evaluation set.
  const data = new Rng(seed).fork('data');
  if (p.task === 'copying') {
    if (copyLength(p.testGap) > MAX_SEQUENCE) return null;
    return { label: `T = ${p.testGap}`, input: traceOf(copyingBatch(p.testGap, 1, data.fork('eval.test'))) };
  }
  if (p.task === 'adding') {
    if (p.testAddLength > MAX_SEQUENCE) return null;
    return { label: `L = ${p.testAddLength}`, input: traceOf(addingBatch(p.testAddLength, 1, data.fork('eval.test'))) };
  }
  const tests = testResolutions(p.resolution);
  if (Math.max(p.resolution, ...tests) ** 2 > MAX_SEQUENCE) return null;
  const r = tests[0];
  const test = digitPool(p.evalBatch, data.fork('test'));
  return { label: `${r}×${r}`, input: traceOf(digitsBatch(test.slice(0, 1), r)) };
}

/**
 * What a run trains and tests on, from the seed: a sampler of training
 * batches at the training length, and fixed evaluation sets at the training
 * length and at each longer test length (copying gap, adding length) or
 * higher resolution (digits).
 */
import { ExperimentError } from '../../core/experiment';
import type { Rng } from '../../core/rng';
import { addingBatch } from './addingTask';
import { copyingBatch, copyLength } from './copyingTask';
import { digitPool, digitsBatch, testResolutions } from './digitsTask';
import type { RimsParams } from './params';
import type { SeqBatch } from './seqBatch';

export interface EvalSet {
  /** "T = 200", "19×19", "L = 200". */
  label: string;
  /** Steps per sequence. */
  length: number;
  batch: SeqBatch;
}

export interface TaskData {
  next(): SeqBatch;
  /** evals[0] is at the training length. */
  evals: EvalSet[];
}

/** Longest sequence a run may unroll: keeps memory and time bounded, with a clear message. */
export const MAX_SEQUENCE = 1200;


export function taskData(p: RimsParams, rng: Rng): TaskData {
  const trainRng = rng.fork('train');
  const check = (length: number, what: string) => {
    if (length > MAX_SEQUENCE) throw new ExperimentError(`${what} gives sequences of ${length} steps; the panel unrolls at most ${MAX_SEQUENCE}.`);
    return length;
  };
  if (p.task === 'copying') {
    check(copyLength(p.testGap), `A gap of ${p.testGap}`);
    const set = (gap: number, name: string): EvalSet => ({ label: `T = ${gap}`, length: copyLength(gap), batch: copyingBatch(gap, p.evalBatch, rng.fork(name)) });
    return { next: () => copyingBatch(p.gap, p.batchSize, trainRng), evals: [set(p.gap, 'eval.train'), set(p.testGap, 'eval.test')] };
  }
  if (p.task === 'adding') {
    check(p.testAddLength, `Length ${p.testAddLength}`);
    const set = (len: number, name: string): EvalSet => ({ label: `L = ${len}`, length: len, batch: addingBatch(len, p.evalBatch, rng.fork(name)) });
    return { next: () => addingBatch(p.addLength, p.batchSize, trainRng), evals: [set(p.addLength, 'eval.train'), set(p.testAddLength, 'eval.test')] };
  }
  const resolutions = [p.resolution, ...testResolutions(p.resolution)];
  for (const r of resolutions) check(r * r, `Resolution ${r}×${r}`);
  const pool = digitPool(p.digitPool, rng.fork('pool'));
  const test = digitPool(p.evalBatch, rng.fork('test'));
  return {
    next: () => digitsBatch(Array.from({ length: p.batchSize }, () => pool[trainRng.int(pool.length)]), p.resolution),
    evals: resolutions.map((r) => ({ label: `${r}×${r}`, length: r * r, batch: digitsBatch(test, r) })),
  };
}

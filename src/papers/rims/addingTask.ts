/**
 * The adding problem (Hochreiter & Schmidhuber 1997; used for RIMs in Goyal
 * et al. 2019, Appendix): at each of L steps the input is a number drawn from
 * [0, 1) and a marker bit; exactly two steps are marked, one in each half,
 * and the target at the last step is the sum of the two marked numbers.
 * Trained at one length and tested at longer ones.
 */
import type { Rng } from '../../core/rng';
import type { SeqBatch } from './seqBatch';

export const ADD_INPUTS = 2;
/** A sum counts as right when it is within this of the target. */
export const ADD_TOLERANCE = 0.04;

export function addingBatch(length: number, batch: number, rng: Rng): SeqBatch {
  if (!(length >= 2)) throw new RangeError(`the adding task needs at least 2 steps, got ${length}`);
  const x = new Float32Array(length * batch * ADD_INPUTS);
  const values = new Float32Array(batch);
  const half = Math.floor(length / 2);
  for (let b = 0; b < batch; b++) {
    const first = rng.int(half);
    const second = half + rng.int(length - half);
    for (let t = 0; t < length; t++) {
      const at = (t * batch + b) * ADD_INPUTS;
      x[at] = rng.next();
      if (t === first || t === second) {
        x[at + 1] = 1;
        values[b] += x[at];
      }
    }
  }
  return { T: length, B: batch, inputSize: ADD_INPUTS, x, readAt: [length - 1], labels: null, values, scoreFrom: 0 };
}

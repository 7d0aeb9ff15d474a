/**
 * tf.tidy for a step that returns an object whose fields are tensors or null
 * (a GRU has no cell state): keeps exactly the non-null fields. Fields are
 * not tested with `instanceof`, which can fail when a bundle holds two copies
 * of the Tensor class.
 */
import * as tf from '@tensorflow/tfjs-core';

type TensorFields<T> = { [K in keyof T]: tf.Tensor | null };

export function tidyFields<T extends TensorFields<T>>(fn: () => T): T {
  let out: T | null = null;
  tf.tidy(() => {
    out = fn();
    return Object.values(out as object).filter((v): v is tf.Tensor => v !== null);
  });
  if (out === null) throw new Error('tidyFields: the step returned nothing');
  return out;
}

/**
 * A batch of sequences as the model reads them: inputs laid out time-major,
 * [T, B, In], and the outputs that are scored: classes at some steps
 * (copying, digits) or a number at the last step (adding).
 */
export interface SeqBatch {
  T: number;
  B: number;
  inputSize: number;
  x: Float32Array; // [T, B, In]
  /** Time steps whose output enters the training loss, ascending. */
  readAt: number[];
  /** Target class per (readAt, batch) row, or null for regression. */
  labels: Int32Array | null; // [R, B]
  /** Target value per (readAt, batch) row, or null for classification. */
  values: Float32Array | null; // [R, B]
  /** Evaluation scores readAt[scoreFrom..]: the recall phase of copying, the last step otherwise. */
  scoreFrom: number;
}

/** Time step t of the inputs, [B, In]. */
export function inputsAt(b: SeqBatch, t: number): Float32Array {
  const n = b.B * b.inputSize;
  return b.x.subarray(t * n, (t + 1) * n);
}

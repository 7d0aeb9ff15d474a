/**
 * Input node features for GNNs: a one-hot of a categorical node label (atom
 * type), or of the degree capped at maxDegree for graphs without labels (the
 * usual choice for social TU datasets).
 */
import { degrees, type Graph } from './graph';

export type NodeFeatures = (g: Graph) => Float32Array; // [n, F]

/** One-hot node labels over `numLabels` classes; labels outside the range go to the last class. */
export function oneHotLabels(numLabels: number): NodeFeatures {
  return (g) => {
    const x = new Float32Array(g.n * numLabels);
    for (let i = 0; i < g.n; i++) x[i * numLabels + Math.min(numLabels - 1, Math.max(0, g.nodeLabels?.[i] ?? 0))] = 1;
    return x;
  };
}

/** One-hot degree over 0..maxDegree; higher degrees share the last slot. Width maxDegree + 1. */
export function oneHotDegree(maxDegree: number): NodeFeatures {
  const F = maxDegree + 1;
  return (g) => {
    const d = degrees(g);
    const x = new Float32Array(g.n * F);
    for (let i = 0; i < g.n; i++) x[i * F + Math.min(maxDegree, d[i])] = 1;
    return x;
  };
}

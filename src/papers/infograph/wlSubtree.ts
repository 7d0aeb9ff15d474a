/**
 * Weisfeiler-Lehman subtree features (Shervashidze et al. 2011), the graph
 * kernel InfoGraph's Table 2 lists first among its baselines: iteration 0
 * colours each node by its label; iteration i recolours it by its own colour
 * and the sorted multiset of its neighbours' colours; a graph's feature vector
 * counts every colour of iterations 0..h. One colour dictionary serves the
 * whole set (as the kernel's Gram matrix does), and a linear classifier on
 * these counts is the WL subtree kernel's linear SVM in primal form.
 */
import { neighbours, type Graph } from '../../core/graph/graph';

/** Per graph, the counts of each WL colour of iterations 0..h (one shared column per colour). */
export function wlSubtreeFeatures(graphs: readonly Graph[], h: number): Float32Array[] {
  if (!Number.isInteger(h) || h < 0) throw new RangeError(`WL height h must be a whole number ≥ 0, got ${h}`);
  const dictionary = new Map<string, number>();
  const colourOf = (key: string): number => {
    let c = dictionary.get(key);
    if (c === undefined) dictionary.set(key, (c = dictionary.size));
    return c;
  };
  const adjacency = graphs.map(neighbours);
  let colours = graphs.map((g) => Array.from({ length: g.n }, (_, u) => colourOf(`0:${g.nodeLabels?.[u] ?? 0}`)));
  const seen: number[][] = colours.map((c) => [...c]);
  for (let it = 1; it <= h; it++) {
    colours = colours.map((c, gi) =>
      c.map((own, u) => colourOf(`${it}:${own}|${adjacency[gi][u].map((v) => c[v]).sort((a, b) => a - b).join(',')}`)),
    );
    colours.forEach((c, gi) => seen[gi].push(...c));
  }
  return seen.map((cs) => {
    const x = new Float32Array(dictionary.size);
    for (const c of cs) x[c] += 1;
    return x;
  });
}

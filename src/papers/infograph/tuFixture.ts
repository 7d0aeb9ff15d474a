/**
 * A small TU-format dataset as text, for tests (unit and e2e): 12 graphs,
 * 4-paths (class −1) and triangles (class 1), node labels 3 and 4, each edge
 * listed in both directions as the TU files do.
 */
import type { TuFiles } from '../../core/graph/tuFormat';

export function toyTuFiles(): Required<TuFiles> {
  const A: string[] = [], ind: string[] = [], lab: string[] = [], nl: string[] = [];
  let node = 0;
  for (let g = 1; g <= 12; g++) {
    const tri = g % 2 === 0, k = tri ? 3 : 4, first = node + 1;
    for (let i = 0; i < k; i++) {
      ind.push(String(g));
      nl.push(String(3 + (i % 2)));
    }
    for (let i = 0; i < k - 1; i++) A.push(`${first + i}, ${first + i + 1}`, `${first + i + 1}, ${first + i}`);
    if (tri) A.push(`${first + 2}, ${first}`, `${first}, ${first + 2}`);
    lab.push(tri ? '1' : '-1');
    node += k;
  }
  const text = (lines: string[]) => lines.join('\n') + '\n';
  return { A: text(A), graphIndicator: text(ind), graphLabels: text(lab), nodeLabels: text(nl) };
}

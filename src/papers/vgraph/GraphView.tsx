/**
 * The graph drawn at its ForceAtlas2 positions (computed in the worker):
 * nodes coloured by community, or as pies where a node belongs to several
 * (slices in proportion to how many of its edges chose each community).
 */
import type { GraphArtifact } from './experiment';
import { communityColour } from './palette';

export interface NodeColouring {
  /** One community per node. */
  community: readonly number[];
  /** Per node, weights per community; a node with two or more positive weights is drawn as a pie. */
  slices?: readonly (readonly number[])[];
}

const SIZE = 420, PAD = 14;

function pie(cx: number, cy: number, r: number, weights: readonly number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  let angle = -Math.PI / 2;
  return weights.flatMap((wt, k) => {
    if (wt <= 0) return [];
    const sweep = (2 * Math.PI * wt) / total;
    const [x0, y0] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    angle += sweep;
    const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    const d = `M${cx},${cy} L${x0},${y0} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x1},${y1} Z`;
    return [<path key={k} d={d} fill={communityColour(k)} />];
  });
}

export function GraphView({ graph, colouring, label }: { graph: GraphArtifact | null; colouring: NodeColouring | null; label: string }) {
  if (!graph) return <p className="hint">The graph appears here when the run starts.</p>;
  const xs = graph.x, ys = graph.y;
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (SIZE - 2 * PAD) / Math.max(1e-9, maxX - minX, maxY - minY);
  const px = (i: number) => PAD + (xs[i] - minX) * scale;
  const py = (i: number) => PAD + (ys[i] - minY) * scale;
  const r = Math.max(2.5, Math.min(9, 140 / Math.sqrt(graph.n)));
  const name = (i: number) => graph.names?.[i] ?? String(i);
  return (
    <figure className="plot">
      <svg data-testid="vgraph-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: SIZE }} role="img" aria-label={`${graph.name}: ${label}`}>
        <g stroke="#999" strokeOpacity={0.45} strokeWidth={graph.edges.length > 2000 ? 0.3 : 0.8}>
          {graph.edges.map(([u, v], e) => <line key={e} x1={px(u)} y1={py(u)} x2={px(v)} y2={py(v)} />)}
        </g>
        {Array.from({ length: graph.n }, (_, i) => {
          const c = colouring?.community[i];
          const s = colouring?.slices?.[i];
          const many = s ? s.filter((x) => x > 0).length > 1 : false;
          return (
            <g key={i} data-node={i} data-community={c ?? ''} data-pie={many ? 'true' : undefined}>
              <title>{`node ${name(i)}${c === undefined ? '' : `: community ${c}`}${many && s ? ` (${s.map((x, k) => (x > 0 ? `${k}: ${x}` : '')).filter(Boolean).join(', ')})` : ''}`}</title>
              {many && s ? pie(px(i), py(i), r, s) : <circle cx={px(i)} cy={py(i)} r={r} fill={c === undefined ? '#ccc' : communityColour(c)} />}
              <circle cx={px(i)} cy={py(i)} r={r} fill="none" stroke="#fff" strokeWidth={0.8} />
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">{graph.name}: {graph.n} nodes, {graph.edges.length} edges; {label}.</figcaption>
    </figure>
  );
}

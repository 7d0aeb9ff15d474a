import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../core/runner/RunRecorder';
import { presetParams } from '../../core/params/presets';
import { graphPreview } from './graphPreview';
import { infographSchema } from './params';
import { infographPresets } from './presets';
import { groundTruthTraces, trainingCurves } from './plots';

describe('InfoGraph plots', () => {
  it('draws the MI estimate per step and the probe accuracy on the right axis', () => {
    const rows: MetricRow[] = [{ step: 0, values: { probe: 0.6 } }, { step: 1, values: { mi: 0.2 } }, { step: 2, values: { mi: 0.4, probe: 0.7 } }];
    const [mi, probe] = trainingCurves(rows);
    expect(mi).toMatchObject({ x: [1, 2], y: [0.2, 0.4] });
    expect(probe).toMatchObject({ x: [0, 2], y: [0.6, 0.7], yaxis: 'y2' });
  });

  it('draws a molecule before any run, one trace per atom type, every node once', () => {
    const p = presetParams(infographSchema, infographPresets, 'default');
    const g = graphPreview(p, 1);
    expect(g).not.toBeNull();
    const [edges, ...nodes] = groundTruthTraces(g);
    expect((edges as { x: unknown[] }).x.length).toBe(3 * (g?.graph.edges.length ?? 0));
    expect(nodes.reduce((a, t) => a + (t as { x: number[] }).x.length, 0)).toBe(g?.graph.n);
    expect(nodes.map((t) => t.name).every((n) => ['C', 'N', 'O', 'F', 'I', 'Cl', 'Br'].includes(n ?? ''))).toBe(true);
    const social = graphPreview({ ...p, dataset: 'social', graphs: 30 }, 1);
    expect(groundTruthTraces(social).slice(1).every((t) => t.name?.startsWith('degree '))).toBe(true);
    expect(graphPreview({ ...p, dataset: 'upload' }, 1)).toBeNull();
    expect(groundTruthTraces(null)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { paletteColour } from '../../../ui/plotTheme';
import { sweepLossFigure } from './sweepLoss';
import { finishedArtifacts, testRecording } from './testRecording';

describe('sweepLossFigure', () => {
  it('draws one line per run on the sweep step axis, coloured by the run\'s budget and named from the plan', () => {
    const { plan } = finishedArtifacts();
    const { data, layout } = sweepLossFigure(testRecording({ plan }));
    expect(data.map((d) => ('x' in d ? d.x : null))).toEqual([[1, 2], [3]]);
    expect(data.map((d) => ('y' in d ? d.y : null))).toEqual([[3.9, 3.5], [3.8]]);
    expect(data[1]).toMatchObject({ name: `N=${plan.runs[1].N}, C=${plan.runs[1].C.toExponential(1)}`, line: { color: paletteColour(plan.runs[1].budget) } });
    expect(layout?.showlegend).toBe(false);
    expect(layout?.annotations).toBeUndefined();
  });

  it('names runs by number without a plan, and says what fills it before a run', () => {
    expect(sweepLossFigure(testRecording()).data.map((d) => d.name)).toEqual(['run 1', 'run 2']);
    const empty = sweepLossFigure({ rows: [], artifacts: {} });
    expect(empty.data).toEqual([]);
    expect(empty.layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});

import { describe, expect, it } from 'vitest';
import { paletteColour } from '../../../ui/plotTheme';
import { isoFlopFigure } from './isoFlop';
import { finishedArtifacts, testRuns } from './testRecording';

describe('isoFlopFigure', () => {
  it('draws a profile per budget (smallest model first), each parabola and law, and the minima', () => {
    const { data, layout } = isoFlopFigure({ artifacts: finishedArtifacts() });
    const profiles = data.slice(0, 3);
    expect(profiles.map((d) => d.name)).toEqual(['C = 1.0e+9', 'C = 4.0e+9', 'C = 1.6e+10']);
    expect(profiles[2]).toMatchObject({ x: testRuns().slice(6).map((r) => r.N), marker: { color: paletteColour(2) } });
    expect(data.filter((d) => d.name === 'parabola fit')).toHaveLength(3);
    expect(data.filter((d) => d.name === 'parabola fit' && 'showlegend' in d && d.showlegend)).toHaveLength(1);
    expect(data.filter((d) => d.name === 'Approach 3 law')).toHaveLength(3);
    const minima = data.find((d) => d.name === 'minimum');
    expect(minima && 'x' in minima ? minima.x : []).toHaveLength(3);
    expect(layout?.annotations).toBeUndefined();
  });

  it('draws the profiles alone before the analysis, and a note before any run', () => {
    expect(isoFlopFigure({ artifacts: { runs: testRuns() } }).data).toHaveLength(3);
    expect(isoFlopFigure({ artifacts: {} }).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});

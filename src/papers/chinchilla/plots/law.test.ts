import { describe, expect, it } from 'vitest';
import { CHINCHILLA_TEX, FAMOUS_MODELS, GOPHER_FLOPS, optimalAllocation } from '../laws';
import { predictLoss } from '../fit';
import { lawFigure } from './law';

describe('lawFigure', () => {
  it('draws the law, six IsoFLOP lines, the frontier, the famous models and the budget\'s optimum', () => {
    const { data } = lawFigure(GOPHER_FLOPS);
    expect(data[0]).toMatchObject({ type: 'contour', name: 'L(N, D)' });
    expect(data.filter((d) => d.name?.startsWith('C = '))).toHaveLength(6);
    const models = data.find((d) => d.name === 'models');
    const gopher = FAMOUS_MODELS.find((m) => m.name === 'Gopher');
    expect(models && 'text' in models ? models.text : []).toContain(`Gopher ${gopher ? predictLoss(gopher.N, gopher.D, CHINCHILLA_TEX).toFixed(2) : ''}`);
    const star = data[data.length - 1];
    const opt = optimalAllocation(GOPHER_FLOPS, '3-tex');
    expect(star).toMatchObject({ x: [Math.log10(opt.N)], y: [Math.log10(opt.D)] });
  });

  it('moves the star with the budget', () => {
    const at = (C: number) => lawFigure(C).data.at(-1);
    expect(at(1e20)).not.toEqual(at(1e24));
  });
});

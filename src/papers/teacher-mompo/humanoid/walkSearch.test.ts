import { describe, expect, it } from 'vitest';
import { aggregateStarts, WalkScorer, WALK_START } from './walkSearch';

describe('walk search scoring', () => {
  it('averages starts and counts falls', () => {
    const s = aggregateStarts([
      { ret: 10, forwardRet: 8, speed: 1, steps: 100, fell: false, minAir: 40 },
      { ret: 4, forwardRet: 2, speed: 0, steps: 50, fell: true, minAir: 10 },
    ]);
    expect(s).toEqual({ ret: 7, forwardRet: 5, speed: 0.5, steps: 75, falls: 1, minAir: 25 });
  });

  it('is deterministic per seed (joint and action noise come from it), and the forward return never exceeds the return', async () => {
    const scorer = new WalkScorer({ steps: 40, initNoise: 0.05, actionNoise: 0.05 });
    try {
      const a = await scorer.score(WALK_START, [1, 2]);
      const b = await scorer.score(WALK_START, [1, 2]);
      expect(b).toEqual(a);
      expect(a.forwardRet).toBeLessThanOrEqual(a.ret + 1e-9);
      const c = await scorer.score(WALK_START, [3, 4]);
      expect(c.ret).not.toBe(a.ret);
    } finally {
      scorer.dispose();
    }
  });
});

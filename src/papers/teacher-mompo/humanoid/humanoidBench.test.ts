import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { benchHumanoidPhysics, benchTeacherLogProb } from './humanoidBench';

describe('humanoid bench', () => {
  it('reports positive, finite throughputs', async () => {
    const r = await benchHumanoidPhysics(20);
    for (const v of [r.physicsStepsPerSec, r.controlStepsPerSec, r.teacherActsPerSec]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
    await initNodeBackend('wasm');
    expect(await benchTeacherLogProb(8, 4, 2)).toBeGreaterThan(0);
  });
});

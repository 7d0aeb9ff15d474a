import { describe, expect, it } from 'vitest';
import { initNodeBackend } from './backend/nodeBackend';
import type { Claim } from './claims';
import { claimsExperiment, type ClaimOutcome } from './claimsRunner';
import { driveExperiment } from './runner/driveExperiment';
import { RunControl } from './runner/RunControl';

const claims: Claim[] = [
  {
    id: 'sum', statement: '2 + 2 = 4, measured with tfjs', source: 'arithmetic', preset: 'tiny',
    async run({ tf, onProgress }) {
      onProgress?.(0.5, 'adding');
      await new Promise((r) => setTimeout(r, 300));
      const t = tf.add(2, 2);
      const [v] = await t.data();
      t.dispose();
      return { measured: String(v), expected: '4', pass: v === 4 };
    },
  },
  { id: 'broken', statement: 'throws', source: '-', preset: 'tiny', run: async () => { throw new Error('no data'); } },
];

describe('claimsExperiment', () => {
  it('runs every claim for real, turns a throw into a failure, and reports progress inside a claim', async () => {
    const tf = await initNodeBackend('cpu');
    let outcomes: ClaimOutcome[] = [];
    const labels: string[] = [];
    const final = await driveExperiment({
      experiment: claimsExperiment(claims), params: { only: [] }, seed: 1, tf, backend: 'cpu', control: new RunControl(), flushMs: 0,
      onBatch: (b) => {
        outcomes = (b.artifacts.claims as ClaimOutcome[] | undefined) ?? outcomes;
        if (b.progress?.label) labels.push(b.progress.label);
      },
    });
    expect(final.state).toBe('done');
    expect(outcomes.map((o) => [o.id, o.pass])).toEqual([['sum', true], ['broken', false]]);
    expect(outcomes[1].detail).toBe('no data');
    expect(labels.some((l) => l.includes('sum: adding'))).toBe(true);
  });

  it('runs only the chosen claims', async () => {
    const tf = await initNodeBackend('cpu');
    let outcomes: ClaimOutcome[] = [];
    await driveExperiment({
      experiment: claimsExperiment(claims), params: { only: ['broken'] }, seed: 1, tf, backend: 'cpu', control: new RunControl(), flushMs: 0,
      onBatch: (b) => (outcomes = (b.artifacts.claims as ClaimOutcome[] | undefined) ?? outcomes),
    });
    expect(outcomes.map((o) => o.id)).toEqual(['broken']);
  });
});

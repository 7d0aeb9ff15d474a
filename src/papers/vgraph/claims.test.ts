import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import type { ClaimContext } from '../../core/claims';
import { Rng } from '../../core/rng';
import { claimRun, vgraphClaims } from './claims';
import { vgraphPresets } from './presets';

const tf = await initNodeBackend('wasm');

describe('vgraphClaims', () => {
  it('lists four claims with unique ids on existing presets', () => {
    expect(vgraphClaims).toHaveLength(4);
    expect(new Set(vgraphClaims.map((c) => c.id)).size).toBe(4);
    for (const c of vgraphClaims) expect(Object.keys(vgraphPresets)).toContain(c.preset);
  });
  it('rejects a stopped run without caching it or leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    const ctx: ClaimContext = { tf, rng: new Rng(7), backend: 'wasm', signal: ac.signal };
    await expect(claimRun(ctx, 'claims')).rejects.toThrow(/stopped/);
    await expect(claimRun(ctx, 'claims')).rejects.toThrow(/stopped/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

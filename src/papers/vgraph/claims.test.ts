import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { expectStoppedRunRejected } from '../../core/claimsTesting';
import { claimRun, vgraphClaims } from './claims';
import { vgraphPresets } from './presets';

const tf = await initNodeBackend('wasm');

describe('vgraphClaims', () => {
  it('lists four claims with unique ids on existing presets', () => {
    expect(vgraphClaims).toHaveLength(4);
    expect(new Set(vgraphClaims.map((c) => c.id)).size).toBe(4);
    for (const c of vgraphClaims) expect(Object.keys(vgraphPresets)).toContain(c.preset);
  });
  it('rejects a stopped run without caching it or leaking tensors', () => expectStoppedRunRejected(tf, (ctx) => claimRun(ctx, 'claims')));
});

import { describe, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { expectStoppedRunRejected } from '../../core/claimsTesting';
import { claimRun } from './claims';

const tf = await initNodeBackend('wasm');

describe('vgraphClaims', () => {
  it('rejects a stopped run without caching it or leaking tensors', () => expectStoppedRunRejected(tf, (ctx) => claimRun(ctx, 'claims')));
});

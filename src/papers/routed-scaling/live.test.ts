/**
 * The routed sweep's live fields change a running sweep from the next step
 * (issue 23): learning rate, warm-up, clip, capacity, capacity group, Sinkhorn
 * iterations and REINFORCE weight at the next training step, the eval batches
 * at the next model's evaluation. A replayed tweak list gives the tweaked run exactly.
 */
import { describe, it } from 'vitest';
import { tinyOnWasm } from '../../core/runner/liveTesting';
import { expectTweaksReplay, itActsFromTheNextStep } from '../../core/runner/testing';
import { routedExperiment } from './experiment';
import type { RoutedParams } from './params';

const { TINY, RUN, exp: sweep } = await tinyOnWasm(routedExperiment, 3);
// tiny: per size, the dense model then its S-BASE model with E = 2: rows 1-4 (eval 5), 6-9 (eval 10), 11-14 (eval 15), 16-19 (eval 20).
const E8: Partial<RoutedParams> = { maxExperts: '8', expertGrid: 'ends' };

describe('routed-scaling live fields (tiny preset, WASM)', () => {
  itActsFromTheNextStep(sweep, TINY, [
    { name: 'lr', value: 3e-3, after: 2, rows: 4 },
    { name: 'warmup', value: 0, after: 1, rows: 4 },
    { name: 'clipNorm', value: 0.1, after: 1, rows: 4 },
    { name: 'evalBatches', value: 2, after: 1, rows: 5 },
    // Routing knobs, on E = 8 (with 2 experts the balancing passes and capacity groups rarely change a choice):
    // the routed model of the first size trains at rows 6-9.
    { name: 'sinkhornIters', value: 1, after: 5, rows: 9, params: E8 },
    // S-BASE's balanced assignment never overflows (n/E per expert, within any capacity): capacity acts on the unbalanced top-1 router.
    { name: 'capacityFactor', value: 1, after: 5, rows: 9, params: { ...E8, sbase: false, top1: true } },
    { name: 'groupSize', value: 8, after: 5, rows: 9, params: E8 },
    { name: 'rlWeight', value: 1, after: 5, rows: 9, params: { ...E8, sbase: false, rlr: true } },
  ], RUN);

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(sweep, { ...TINY, ...E8 }, [{ after: 3, step: 3, name: 'lr', value: 2e-2 }, { after: 7, step: 7, name: 'sinkhornIters', value: 1 }], { ...RUN, rows: 20 }));
});

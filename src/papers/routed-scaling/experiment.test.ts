import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { metric } from '../../core/runner/RunRecorder';
import type { RunEvent } from '../../core/experiment';
import { drive, expectCleanRun } from '../../core/runner/testing';
import { bitsPerChar, maxOverMean, routedData, routedExperiment, type RoutedArtifacts, type RoutedMetric } from './experiment';
import { Rng } from '../../core/rng';
import { routedSchema } from './params';
import { routedPresets } from './presets';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(routedSchema, routedPresets, 'tiny');
type RoutedEvent = RunEvent<RoutedArtifacts, RoutedMetric>;
const RUN = { tf, backend: 'wasm' as const, seed: 3 };

/** The sweep, with `see` shown each event as it passes. */
function watch(see: (e: RoutedEvent) => void): typeof routedExperiment.run {
  return async function* (params, ctx) {
    for await (const e of routedExperiment.run(params, ctx)) {
      see(e);
      yield e;
    }
  };
}

describe('maxOverMean', () => {
  it('is 1 for an even load and E when one expert takes everything', () => {
    expect(maxOverMean([0.25, 0.25, 0.25, 0.25])).toBe(1);
    expect(maxOverMean([1, 0, 0, 0])).toBe(4);
  });
});

describe('byte-pair tokens', () => {
  it('bits per character divide the scored nats by the characters the scored tokens spell', () => {
    // Targets are tokens[1..2]: 'ab' (2 chars) and 'c' (1 char); 2 tokens × 1.5 nats over 3 chars.
    expect(bitsPerChar(1.5, 2, [0, 1, 2], ['|', 'ab', 'c'])).toBeCloseTo(1 / Math.LN2, 12);
    expect(bitsPerChar(2, 3, [0, 1, 1, 1], ['|', 'x'])).toBeCloseTo(2 / Math.LN2, 12);
  });

  it('encodes the same text in fewer, larger-vocabulary tokens, the held-out split with the training merges', () => {
    const chars = routedData(TINY, new Rng(5)), bpe = routedData({ ...TINY, tokens: 'bpe', bpeVocab: 256 }, new Rng(5));
    expect(chars.vocabSize).toBe(52);
    expect(bpe.vocabSize).toBe(256);
    expect(bpe.train.length).toBeLessThan(0.8 * chars.train.length);
    const spell = (ids: ArrayLike<number>, pieces: readonly string[]): string => Array.from(ids, (id) => pieces[id]).join('');
    expect(spell(bpe.train, bpe.pieces)).toBe(spell(chars.train, chars.pieces));
    expect(spell(bpe.val, bpe.pieces)).toBe(spell(chars.val, chars.pieces));
  });

  it('trains the tiny sweep on subwords and reports bits per character beside nats per token', async () => {
    const { status, recording } = await drive(routedExperiment.run, { ...TINY, tokens: 'bpe', bpeVocab: 128 }, RUN);
    expect(status.state).toBe('done');
    const { results, tokenRoutes } = recording.artifacts;
    for (const r of results ?? []) {
      expect(r.evalBpc).toBeGreaterThan(0);
      expect(r.evalBpc).toBeLessThan(r.evalLoss / Math.LN2); // more than one character per token
    }
    expect(tokenRoutes?.pieces?.join('')).toBe(tokenRoutes?.text);
    expect(tokenRoutes?.pieces?.length).toBe(tokenRoutes?.layers[0].length);
  });
});

describe('routedExperiment on the tiny preset', () => {
  it('trains dense and routed models of 2 sizes, fits the law, reports routing, and leaks nothing', async () => {
    const run = await drive(routedExperiment.run, TINY, RUN);
    expectCleanRun(run);
    const { recording } = run;
    const { plan, results, fits, routing, tokenRoutes } = recording.artifacts;
    expect(plan?.map((p) => `${p.E}:${p.router}`)).toEqual(['1:dense', '2:sbase', '1:dense', '2:sbase']);
    const train = recording.rows.filter((r) => metric(r, 'loss') !== undefined);
    expect(train).toHaveLength(4 * TINY.steps);
    expect(train.filter((r) => metric(r, 'routingOverhead') !== undefined)).toHaveLength(2 * TINY.steps);
    // The segment column stays as data: each model's rows carry its index.
    expect(recording.rows.map((r) => metric(r, 'segment'))).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(results).toHaveLength(4);
    for (const r of results ?? []) {
      expect(r.evalLoss).toBeGreaterThan(0.5);
      expect(r.evalLoss).toBeLessThan(Math.log(52) + 0.5);
      expect(r.balance).toBeGreaterThanOrEqual(1);
      expect(r.balance).toBeLessThanOrEqual(r.E);
    }
    expect(results?.[1].params).toBeGreaterThan(results?.[0].params ?? Infinity);
    expect(results?.[1].N).toBe(results?.[0].N);
    expect(fits).toHaveLength(1);
    expect(fits?.[0].router).toBe('sbase');
    expect(fits?.[0].fit?.mode).toBe('fixed-saturation');
    expect(routing?.layers).toHaveLength(TINY.layers);
    expect(routing?.layers[0].load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(tokenRoutes?.text).toHaveLength(TINY.seqLen);
    expect(tokenRoutes?.layers[0]).toHaveLength(TINY.seqLen);
    expect(tokenRoutes?.layers[0].every((e) => e >= 0 && e < 2)).toBe(true);
  });

  it('starts a segment before each model\'s first row', async () => {
    const labels: string[] = [];
    const rowsBefore: number[] = [];
    let rows = 0;
    await drive(watch((e) => {
      if (e.kind === 'metrics') rows++;
      if (e.kind === 'segment') {
        labels.push(e.label ?? '');
        rowsBefore.push(rows);
      }
    }), TINY, RUN);
    expect(labels).toEqual(['model 1 of 4: d=8, E=1 (dense)', 'model 2 of 4: d=8, E=2, sbase', 'model 3 of 4: d=12, E=1 (dense)', 'model 4 of 4: d=12, E=2, sbase']);
    expect(rowsBefore).toEqual([0, 5, 10, 15]);
  });

  it('stops mid-run and releases every tensor', async () => {
    const stop = new AbortController();
    let rows = 0;
    const { status, recording, leaked } = await drive(watch((e) => {
      if (e.kind === 'metrics' && ++rows === 6) stop.abort();
    }), TINY, { ...RUN, signal: stop.signal });
    expect(status.state).toBe('stopped');
    expect(recording.artifacts.results?.length ?? 0).toBeLessThan(4);
    expect(leaked).toBe(0);
  });

  it('refuses a sweep with no router, with a clear message', async () => {
    const { status } = await drive(routedExperiment.run, { ...TINY, sbase: false }, RUN);
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/at least one router/);
  });
});

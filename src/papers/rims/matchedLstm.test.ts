import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import { LstmCell } from './lstmCell';
import { baselineParamCount, matchedWidth } from './matchedLstm';
import { buildBaseline, buildRims, taskShape } from './models';
import { rimsSchema } from './params';
import { rimsPresets } from './presets';
import { SeqModel } from './seqModel';

await initNodeBackend('wasm');

describe('baselineParamCount', () => {
  it('matches the built LSTM and GRU objects', () => {
    for (const kind of ['lstm', 'gru'] as const) {
      for (const [nIn, n, out] of [[10, 7, 10], [1, 33, 10], [2, 5, 1]]) {
        const m = new SeqModel(new LstmCell(nIn, n, kind, new Rng(1)), out, new Rng(2));
        expect(m.paramCount).toBe(baselineParamCount(kind, nIn, n, out));
        m.dispose();
      }
    }
  });

  it('picks the width closest to the target', () => {
    const n = matchedWidth('lstm', 10, 10, 28_000);
    const gap = (w: number) => Math.abs(baselineParamCount('lstm', 10, w, 10) - 28_000);
    expect(gap(n)).toBeLessThanOrEqual(gap(n - 1));
    expect(gap(n)).toBeLessThanOrEqual(gap(n + 1));
  });
});

describe('the matched LSTM', () => {
  it('has the RIMs model’s parameter count within 5% on every preset', () => {
    for (const name of Object.keys(rimsPresets)) {
      const p = presetParams(rimsSchema, rimsPresets, name);
      if (p.hidden > 32) continue; // paper-like: 1.1M parameters, checked by formula below
      const rims = buildRims(p, new Rng(1));
      const lstm = buildBaseline(p, rims.paramCount, new Rng(2));
      expect(Math.abs(lstm.paramCount / rims.paramCount - 1), name).toBeLessThan(0.05);
      rims.dispose();
      lstm.dispose();
    }
  });

  it('matches the paper-like RIMs by formula too', () => {
    const p = presetParams(rimsSchema, rimsPresets, 'paper-like');
    const rims = buildRims(p, new Rng(1));
    const { inputs, outputs } = taskShape(p.task);
    const n = matchedWidth(p.rnn, inputs, outputs, rims.paramCount);
    expect(Math.abs(baselineParamCount(p.rnn, inputs, n, outputs) / rims.paramCount - 1)).toBeLessThan(0.05);
    rims.dispose();
  });
});

/**
 * InfoGraph's live fields change a running run (issue 23): the learning rate
 * (InfoGraph's steps and the supervised baseline's) and the prior weight γ
 * from the next step; the refresh cadence and the drawn graph at the end of
 * the epoch they changed in. Replaying the applied tweaks gives the tweaked
 * run exactly. Rows are compared without graphs/s (a machine metric).
 */
import { describe, expect, it } from 'vitest';
import { comparable, tinyOnWasm } from '../../core/runner/liveTesting';
import type { Tweak } from '../../core/params/tweaks';
import { expectLiveField, expectTweaksReplay, firstRows } from '../../core/runner/testing';
import { infographExperiment, type NodeScores } from './experiment';
import type { InfographParams } from './params';

// The tiny preset: 36 molecules in batches of 18, 2 epochs mapped after each, 3 folds, 1 supervised epoch.
// Rows: probe at step 0, steps 1-2, probe (epoch 1), steps 3-4, probe (epoch 2), then the supervised folds.
const { TINY, RUN, exp } = await tinyOnWasm(infographExperiment, 6);

const effect = (params: InfographParams, name: keyof InfographParams & string, value: number, after: number, step: number, rows: number) =>
  expectLiveField(exp, params, { name, value, after, step }, { ...RUN, rows });

describe('InfoGraph live fields (tiny preset, WASM)', () => {
  it('the learning rate changes the next InfoGraph step', () => effect(TINY, 'lr', 1e-1, 1, 0, 3));

  it('the learning rate changes the supervised baseline, after InfoGraph has trained', () => effect(TINY, 'lr', 1e-1, 7, 4, 9));

  it('the prior weight γ changes the next step (with the prior term on)', () => effect({ ...TINY, prior: true }, 'gamma', 1, 2, 1, 3));

  it('the refresh cadence: no map and probe after epoch 1 once it is 2', async () => {
    await effect(TINY, 'mapEvery', 2, 3, 2, 5);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 5, tweaks: [{ after: 3, step: 2, name: 'mapEvery', value: 2 }] });
    expect(rows.map((r) => r.values.probe === undefined)).toEqual([false, true, true, true, true]);
  });

  it('the drawn graph: the next refresh scores the new one, rows unchanged', async () => {
    const run = async (tweaks: Tweak[]) => {
      // The latest drawn graph's scores, as the experiment yields them.
      let scores: NodeScores | undefined;
      const watched: typeof infographExperiment.run = async function* (params, ctx) {
        for await (const event of infographExperiment.run(params, ctx)) {
          if (event.kind === 'artifact' && event.name === 'scores') scores = event.data;
          yield event;
        }
      };
      const r = await firstRows(comparable(watched), TINY, { ...RUN, rows: 5, tweaks });
      return { rows: r.rows, scores, tweaks: r.tweaks };
    };
    const plain = await run([]);
    const tweaked = await run([{ after: 3, step: 2, name: 'showGraph', value: 5 }]);
    expect(tweaked.tweaks).toHaveLength(1);
    expect(tweaked.rows).toEqual(plain.rows);
    expect([plain.scores?.epoch, plain.scores?.index]).toEqual([1, 0]);
    expect([tweaked.scores?.epoch, tweaked.scores?.index]).toEqual([1, 5]);
    expect(tweaked.scores?.scores).toHaveLength(tweaked.scores?.graph.n ?? -1);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, { ...TINY, prior: true }, [{ after: 1, step: 0, name: 'gamma', value: 0.5 }, { after: 2, step: 1, name: 'lr', value: 3e-3 }], { ...RUN, rows: 6 }));
});

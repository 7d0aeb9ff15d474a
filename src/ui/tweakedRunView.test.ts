import { describe, expect, it } from 'vitest';
import type { LinkState } from '../core/params/codec';
import { runLink, shownParams, unappliedOverrides, type TweakedRunInput } from './tweakedRunView';

type P = { lr: number; steps: number; view: string };
const tweakedRunView = (i: TweakedRunInput<P>) => ({ shown: shownParams(i), ...runLink(i) });
const link = (params: P, tweaks: LinkState<P>['tweaks'] = []): LinkState<P> => ({ params, seed: 1, preset: 'default', run: false, backend: null, tweaks });
const START = link({ lr: 1, steps: 10, view: 'loss' }, [{ after: 5, step: 5, name: 'lr', value: 2 }, { after: 6, step: 6, name: 'steps', value: 20 }]);
const base: TweakedRunInput<P> = {
  state: START, startedWith: START, tweakedRun: true,
  applied: [{ after: 2, step: 2, name: 'lr', value: 0.5 }], rowsDone: 3, overrides: {}, viewOnly: ['view'],
};

describe('shownParams and runLink', () => {
  it('outside a tweaked run shows the page state with its tweaks applied and links it as it is', () => {
    const v = tweakedRunView({ ...base, tweakedRun: false });
    expect(v.shown).toEqual({ lr: 2, steps: 20, view: 'loss' });
    expect(v.tweaks).toBe(START.tweaks);
    expect(v.linkState).toBe(START);
  });

  it('during a run shows what it applied so far, and links its start values with the applied and still scheduled tweaks', () => {
    const v = tweakedRunView(base);
    expect(v.shown).toEqual({ lr: 0.5, steps: 10, view: 'loss' });
    expect(v.tweaks.map((t) => [t.after, t.name, t.value])).toEqual([[2, 'lr', 0.5], [5, 'lr', 2], [6, 'steps', 20]]);
    expect(v.linkState.params).toEqual(START.params);
    expect(v.linkState.tweaks).toEqual(v.tweaks);
  });

  it('a field the reader set by hand shows the reader\'s value and drops the run\'s later changes to it', () => {
    const v = tweakedRunView({ ...base, overrides: { lr: 3 } });
    expect(v.shown.lr).toBe(3);
    expect(v.tweaks.map((t) => [t.after, t.name])).toEqual([[2, 'lr'], [6, 'steps']]);
  });

  it('scheduled tweaks the run has passed are not repeated', () => {
    expect(tweakedRunView({ ...base, rowsDone: 5 }).tweaks.map((t) => t.after)).toEqual([2, 6]);
  });

  it('view-only fields follow the reader, on screen and in the link', () => {
    const v = tweakedRunView({ ...base, state: { ...START, params: { ...START.params, view: 'accuracy' } } });
    expect(v.shown.view).toBe('accuracy');
    expect(v.linkState.params).toEqual({ lr: 1, steps: 10, view: 'accuracy' });
  });
});

describe('unappliedOverrides', () => {
  const tweak = (after: number, name: string, value: number) => ({ after, step: after, name, value });

  it('keeps the reader\'s changes the run never applied, and drops those it did', () => {
    // lr was applied at row 5; clip was set during the final evaluation and met no step boundary.
    expect(unappliedOverrides({ lr: 0.003, clip: 0.5 }, [tweak(5, 'lr', 0.003)])).toEqual({ clip: 0.5 });
  });

  it('a field changed again after its last applied tweak is pending again', () => {
    expect(unappliedOverrides({ lr: 0.01 }, [tweak(5, 'lr', 0.003)])).toEqual({ lr: 0.01 });
    expect(unappliedOverrides({ lr: 0.01 }, [tweak(5, 'lr', 0.003), tweak(9, 'lr', 0.01)])).toEqual({});
  });
});

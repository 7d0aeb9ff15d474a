import { describe, expect, it } from 'vitest';
import { countParams } from '../../core/lm';
import { presetParams } from '../../core/params/presets';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { MIN_STEPS, MIN_WIDTH, headsFor, paramsAt, planSweep, widthForParams, type PlanParams } from './sweepPlan';

const PRESETS = Object.keys(chinchillaPresets);
const paramsOf = (name: string): PlanParams => presetParams(chinchillaSchema, chinchillaPresets, name);

describe('headsFor', () => {
  it('divides d_model and keeps heads at least 16 wide', () => {
    for (let w = MIN_WIDTH; w <= 512; w += 2) {
      const h = headsFor(w);
      expect(w % h).toBe(0);
      if (h > 1) expect(w / h).toBeGreaterThanOrEqual(16);
    }
    expect(headsFor(64)).toBe(4);
    expect(headsFor(12)).toBe(1);
  });
});

describe('widthForParams', () => {
  it('returns the width whose exact count is nearest the target in log', () => {
    const p = paramsOf('default');
    for (const target of [1500, 7000, 40_000, 300_000]) {
      const w = widthForParams(p, target);
      const err = Math.abs(Math.log(paramsAt(p, w) / target));
      for (const other of [w - 2, w + 2]) {
        if (other >= MIN_WIDTH) expect(err).toBeLessThanOrEqual(Math.abs(Math.log(paramsAt(p, other) / target)));
      }
    }
  });
});

describe.each(PRESETS)('planSweep(%s)', (name) => {
  const p = paramsOf(name);
  const plan = planSweep(p);

  it('has budgets x sizes runs on a geometric ladder of budgets', () => {
    expect(plan.runs).toHaveLength(p.budgets * p.sizes);
    expect(plan.budgets).toHaveLength(p.budgets);
    plan.budgets.forEach((C, k) => expect(C).toBeCloseTo(p.minFlops * p.budgetFactor ** k, -2));
    expect(plan.runs.map((r) => r.index)).toEqual(plan.runs.map((_, i) => i));
  });

  it('counts parameters exactly, embeddings included, with fixed depth', () => {
    for (const r of plan.runs) {
      expect(r.N).toBe(countParams(r.config).total);
      expect(r.config.nLayers).toBe(p.depth);
      expect(r.config.seqLen).toBe(p.seqLen);
    }
  });

  it('spends each budget within half a step at 6N FLOPs per token; a clamped run is flagged and overspends', () => {
    // tiny is sized for software WebGPU, so its largest models hit MIN_STEPS.
    expect(plan.runs.some((r) => !r.clamped)).toBe(true);
    for (const r of plan.runs) {
      expect(r.steps).toBeGreaterThanOrEqual(MIN_STEPS);
      expect(r.tokens).toBe(r.steps * p.batchSize * p.seqLen);
      expect(r.flops).toBe(6 * r.N * r.tokens);
      if (r.clamped) {
        expect(r.steps).toBe(MIN_STEPS);
        expect(r.flops).toBeGreaterThan(r.C);
      } else {
        expect(Math.abs(r.flops - r.C)).toBeLessThanOrEqual(3 * r.N * p.batchSize * p.seqLen + 1e-6 * r.C);
      }
    }
    expect(plan.totalSteps).toBe(plan.runs.reduce((s, r) => s + r.steps, 0));
  });

  it('gives strictly increasing sizes within a budget, spanning about sizeSpan', () => {
    for (let k = 0; k < p.budgets; k++) {
      const runs = plan.runs.filter((r) => r.budget === k);
      for (let i = 1; i < runs.length; i++) {
        expect(runs[i].N).toBeGreaterThan(runs[i - 1].N);
        expect(runs[i].steps).toBeLessThanOrEqual(runs[i - 1].steps);
      }
      const span = runs[runs.length - 1].N / runs[0].N;
      expect(span).toBeGreaterThan(p.sizeSpan / 2);
      expect(span).toBeLessThan(p.sizeSpan * 2);
    }
  });

  it('reuses one shape per rung and moves the window up with the budget', () => {
    const byRung = new Map<number, number>();
    for (const r of plan.runs) {
      expect(byRung.get(r.rung) ?? r.N).toBe(r.N);
      byRung.set(r.rung, r.N);
    }
    const firstRung = plan.budgets.map((_, k) => plan.runs.find((r) => r.budget === k)!.rung);
    for (let k = 1; k < firstRung.length; k++) expect(firstRung[k]).toBeGreaterThanOrEqual(firstRung[k - 1]);
  });
});

describe('planSweep edge cases', () => {
  it('keeps tiny small enough for software WebGPU: under 100 steps in all', () => {
    const plan = planSweep(paramsOf('tiny'));
    expect(plan.totalSteps).toBeLessThan(100);
    for (const r of plan.runs) expect(r.N).toBeLessThan(5000);
  });

  it('moves the window down, then clamps and flags, when the budget is too small for the sizes', () => {
    const plan = planSweep({ ...paramsOf('default'), minFlops: 1e7, batchSize: 64, seqLen: 128 });
    expect(plan.runs[0].rung).toBe(0);
    const clamped = plan.runs.filter((r) => r.clamped);
    expect(clamped.length).toBeGreaterThan(0);
    for (const r of clamped) expect(r.steps).toBe(MIN_STEPS);
  });

  it('refuses budgets that need models wider than it builds', () => {
    expect(() => planSweep({ ...paramsOf('default'), minFlops: 1e14, budgetFactor: 10, budgets: 6, tokensPerParam: 0.5 })).toThrow(RangeError);
  });
});

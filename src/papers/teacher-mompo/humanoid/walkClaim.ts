/**
 * The humanoid walk claim (issue 13, second claim; the paper's headline for
 * its humanoid domain): with teacher selection among {task only, stand
 * teacher, walk teacher}, the agent's walk return after the claim preset's
 * budget exceeds that of the same agent (same seed, same env steps) without
 * teachers. One seed by default; seeds 1 to 3 with `npm run claims -- --full`.
 */
import { withAndWithoutTeachers, type Curve } from '../agentCurve';
import { teacherClaim } from '../teacherClaim';

export const FULL_SEEDS = [1, 2, 3];

const last = (xs: readonly number[]): number => xs[xs.length - 1];

export const walkSelectionHelps = teacherClaim(
  'claims-walk',
  {
    id: 'teacher-mompo-humanoid-walk',
    statement: 'On humanoid walk, an agent that chooses per state between the task reward alone, the stand teacher and the walk teacher reaches a higher walk return than the agent without teachers after the same number of environment steps.',
    source: 'Issue 13, second claim (the paper\'s humanoid experiments with teacher selection; facts file §1: teachers speed up learning)',
  },
  async (ctx, preset, p) => {
    const seeds = ctx.full ? FULL_SEEDS : [ctx.rng.seed];
    const runs: { seed: number; teach: Curve; base: Curve }[] = [];
    for (const [k, seed] of seeds.entries()) {
      runs.push({ seed, ...(await withAndWithoutTeachers(ctx, preset, { seed, label: `seed ${seed}`, pair: { at: k, of: seeds.length } })) });
    }
    const a = runs.map((r) => last(r.teach.taskReturn));
    const b = runs.map((r) => last(r.base.taskReturn));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const wins = a.filter((x, i) => x > b[i]).length;
    const fmt = (c: Curve) => c.steps.map((s, i) => `${s}: ${c.taskReturn[i].toFixed(1)} (${(c.stats.speed?.[i] ?? NaN).toFixed(2)} m/s)`).join(', ');
    const perSeed = runs.map((r) => `seed ${r.seed}: with ${fmt(r.teach)}; without ${fmt(r.base)}; ${r.teach.seconds.toFixed(0)} s + ${r.base.seconds.toFixed(0)} s`).join(' | ');
    return {
      measured: `walk return ${mean(a).toFixed(1)} with teacher selection vs ${mean(b).toFixed(1)} without, after ${p.envSteps} env steps (${seeds.length === 1 ? `seed ${seeds[0]}` : `mean of seeds ${seeds.join(', ')}; higher on ${wins} of ${seeds.length}`})`,
      expected: seeds.length === 1 ? 'with > without' : 'mean with > mean without, and with > without on most seeds',
      pass: mean(a) > mean(b) && wins > seeds.length / 2,
      detail: `Policy mean on ${p.evalEpisodes} fixed starts of ${p.episodeLength} control steps; walk return per episode (reward up to 1 per step at ≥ 1 m/s). ${ctx.full ? '' : 'One seed; `npm run claims -- teacher-mompo --full` runs seeds 1 to 3. '}Per evaluation (env steps: return, mean forward speed): ${perSeed}.`,
    };
  },
);

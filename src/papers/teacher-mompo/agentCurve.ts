/**
 * One agent trained for a claim, read as its evaluation curve: env steps,
 * success, task return and any extra evaluation statistics (the humanoid's
 * head height) at each evaluation. The point-mass claims and the humanoid
 * stand claim all measure through it.
 */
import type { ClaimContext } from '../../core/claims';
import type { RunEvent } from '../../core/experiment';
import { Rng } from '../../core/rng';
import type { TeacherParams } from './params';
import { runAgent, type AgentKit } from './runAgent';
import type { ScriptedTeacher } from './teachers';

export interface Curve {
  steps: number[];
  success: number[];
  taskReturn: number[];
  /** Extra evaluation statistics by name, one value per evaluation. */
  stats: Record<string, number[]>;
  seconds: number;
}

export interface CurveOptions {
  envSteps: number;
  /** Progress label of this run, e.g. 'with teachers'. */
  label: string;
  /** Point-mass teachers (ignored when `makeKit` is given). */
  teachers?: ScriptedTeacher[];
  /** Builds the agent's envs and objectives; default: the point mass with `teachers`. */
  makeKit?: () => Promise<AgentKit>;
  /** Stop once an evaluation's success reaches this. */
  stopAt?: number;
  /** This run's share of the claim's progress: run `at` of `of`. */
  part?: { at: number; of: number };
}

/** Trains one agent (seeded from the claim's seed) and returns its evaluation curve. */
export async function trainCurve(p: TeacherParams, ctx: ClaimContext, o: CurveOptions): Promise<Curve> {
  const t0 = performance.now();
  const part = o.part ?? { at: 0, of: 1 };
  const curve: Curve = { steps: [], success: [], taskReturn: [], stats: {}, seconds: 0 };
  const stop = new AbortController();
  const abort = () => stop.abort();
  ctx.signal.addEventListener('abort', abort);
  try {
    const events: AsyncGenerator<RunEvent> = runAgent({
      p, teachers: o.teachers ?? [], makeKit: o.makeKit, envSteps: o.envSteps, rng: new Rng(ctx.rng.seed).fork('agent'), signal: stop.signal,
      segment: 0, prefix: '', label: o.label, offset: 0, total: o.envSteps, main: false,
      onEval: (s, success, ret, stats) => {
        curve.steps.push(s);
        curve.success.push(success);
        curve.taskReturn.push(ret);
        for (const [name, v] of Object.entries(stats)) (curve.stats[name] ??= []).push(v);
        if (o.stopAt !== undefined && success >= o.stopAt) stop.abort();
      },
    });
    for await (const ev of events) if (ev.kind === 'progress') ctx.onProgress?.((part.at + ev.done / ev.total) / part.of, ev.label ?? o.label); // runAgent's label already names the run
  } finally {
    ctx.signal.removeEventListener('abort', abort);
  }
  if (ctx.signal.aborted) throw new Error('the claim was stopped before it finished');
  curve.seconds = (performance.now() - t0) / 1000;
  return curve;
}

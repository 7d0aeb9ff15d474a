/**
 * The point-mass run (pointMassRun.ts) as a grid of independent points for
 * `npm run sweep`: point i is agent i of `pointMassAgents` (the agent with
 * teachers, the baseline if on, then one per swept ε_T), trained by the
 * run's own `pointMassAgent` on the stream the run forks for it ('agent' for
 * the first two, `sweep<i>` for sweep run i), so its rows are the run's, bit
 * for bit on the same backend. Point 0 also makes the run's scene, setup and
 * teachers' success. The merge replays the agents' rows and artifacts in
 * order and gathers the sweep runs' final evaluations into `tradeoff`.
 * The humanoid domains train two agents at most and run as one process.
 */
import { ExperimentError } from '../../core/experiment';
import { Rng } from '../../core/rng';
import { bindSweep, type SweepGrid } from '../../core/sweep/grid';
import { isFiniteNumber, isRecord } from '../../core/sweep/plainData';
import { checkPlainWeights, namedWeights, plainWeights, type PlainWeights } from '../../core/sweep/plainWeights';
import { checkUnitRecording, recordUnit, replayUnits, type UnitRecording } from '../../core/sweep/unitRecording';
import { checkParams, teacherExperiment, type TradeoffPoint } from './experiment';
import { isHumanoid } from './humanoid/humanoidSetup';
import type { TeacherParams } from './params';
import { pointMassAgent, pointMassAgents, pointMassSetup, type PointMassAgent } from './pointMassRun';

/** One trained agent: its rows and artifacts as the run yields them, the weights of the agent with teachers, a sweep run's final evaluation. */
export interface TeacherPointResult {
  unit: UnitRecording;
  weights?: PlainWeights;
  tradeoff?: TradeoffPoint;
}


function checkTradeoff(t: unknown): TradeoffPoint | undefined {
  if (t === undefined) return undefined;
  if (!isRecord(t) || !isFiniteNumber(t.epsilon) || !isFiniteNumber(t.success) || !isFiniteNumber(t.taskReturn)) throw new ExperimentError("a sweep run's trade-off point needs a finite epsilon, success and taskReturn");
  return { epsilon: t.epsilon, success: t.success, taskReturn: t.taskReturn };
}

function agentsOf(params: TeacherParams): PointMassAgent[] {
  checkParams(params);
  if (isHumanoid(params)) throw new ExperimentError(`The ${params.domain} domain runs as one process (npm run claims, or the panel); npm run sweep runs the point mass and its ε_T sweep.`);
  return pointMassAgents(params);
}

export const teacherGrid: SweepGrid<TeacherParams, TeacherPointResult> = {
  points(params) {
    return agentsOf(params).map((a) => ({ label: a.label, cost: a.envSteps }));
  },

  async runPoint(params, seed, i, ctx) {
    const agents = agentsOf(params);
    const a = agents[i];
    const streams = { rng: new Rng(seed), signal: ctx.signal, live: () => params };
    async function* events() {
      if (i === 0) yield* pointMassSetup(params);
      return yield* pointMassAgent(params, agents, i, streams);
    }
    let weights: PlainWeights | undefined;
    const { unit, value } = await recordUnit(events(), ctx, {
      progress: (done) => (done - a.offset) / a.envSteps,
      keep: ['scene', 'setup', 'teacherSuccess', 'episode'],
      onArtifact: (e) => {
        if (e.name === 'weights') weights = plainWeights(e.data);
      },
    });
    return { unit, ...(weights ? { weights } : {}), ...(value ? { tradeoff: value } : {}) };
  },

  checkResult(x) {
    if (!isRecord(x)) throw new ExperimentError('a teacher-mompo point result must be an object');
    const tradeoff = checkTradeoff(x.tradeoff);
    return {
      unit: checkUnitRecording(x.unit, 'a teacher-mompo point'),
      ...(x.weights === undefined ? {} : { weights: checkPlainWeights(x.weights, 'a teacher-mompo point') }),
      ...(tradeoff ? { tradeoff } : {}),
    };
  },

  merge(params, _seed, results) {
    const agents = agentsOf(params);
    const present = agents.flatMap((a, i) => {
      const r = results.get(i);
      if (!r) return [];
      if (a.sweep ? r.tradeoff?.epsilon !== a.sweep.epsilon : r.tradeoff) throw new ExperimentError(`point ${i} (${a.label}) does not hold its own trade-off point`);
      return [r];
    });
    const { rows, artifacts } = replayUnits(present.map((r) => r.unit));
    const weights = present.find((r) => r.weights)?.weights;
    if (weights) artifacts.weights = namedWeights(weights);
    const tradeoff = present.flatMap((r) => (r.tradeoff ? [r.tradeoff] : []));
    if (tradeoff.length) artifacts.tradeoff = tradeoff;
    return { rows, artifacts };
  },

  timingMetrics: ['updatesPerSec', 'envStepsPerSec', 'physicsStepsPerSec', 'actionsPerSec'],
};

export const teacherSweepGrid = bindSweep({ slug: 'teacher-mompo', ...teacherExperiment }, teacherGrid);

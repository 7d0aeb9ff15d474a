/**
 * The teacher-policies run (Mishra et al. 2023, arXiv 2308.15470): an
 * MO-MPO agent with the task objective plus one objective per active teacher,
 * then (optionally) the same agent without teachers on the same seed, then
 * (point mass, optionally) short runs at log-spaced ε_T for the trade-off
 * plot. The `domain` param picks the point mass (pointMassRun.ts) or the
 * humanoid stand or walk task (humanoid/humanoidRun.ts); both train every
 * agent through runAgent.ts. Each agent starts with a `segment` event.
 * Live settings (ε, σ_T, learning rates, M-step bounds, target period,
 * evaluation cadence and episodes) are read at each update and evaluation of
 * every agent, the baseline's and the sweep's too (the sweep keeps its own
 * teacher ε).
 */
import { defineExperiment, ExperimentError } from '../../core/experiment';
import type { Recording } from '../../core/runner/RunRecorder';
import type { WeightsArtifacts } from '../../core/weights/namedWeights';
import type { ArenaLayout } from './arena';
import { humanoidRun } from './humanoid/humanoidRun';
import { isHumanoid } from './humanoid/humanoidSetup';
import { teacherSchema, type Composition, type Domain, type TeacherParams } from './params';
import { pointMassRun } from './pointMassRun';
import { teacherPresets } from './presets';
import type { EpisodeRecord, EvalStatName } from './rollout';
import type { SceneDescription } from './rl/sceneDescription';

/** What a run trains on: the domain and its task, and the teachers that are on. */
export interface TaskSetup {
  domain: Domain;
  composition: Composition;
  /** Point mass only. */
  layout?: ArenaLayout;
  /** Humanoid with a selection head: the names of its choices. */
  choices?: string[];
  teachers: string[];
  reward: TeacherParams['reward'];
}

/** One run of the ε_T sweep: its teachers' ε and its final evaluation. */
export interface TradeoffPoint {
  epsilon: number;
  taskReturn: number;
  success: number;
}

export interface TeacherArtifacts extends WeightsArtifacts {
  scene: SceneDescription;
  setup: TaskSetup;
  /** Each teacher of the domain alone (policy mean, the evaluation starts): its success rate. */
  teacherSuccess: Record<string, number>;
  /** Humanoid, each teacher alone: its mean head height (m) and its task return. */
  teacherHead: Record<string, number>;
  teacherReturn: Record<string, number>;
  /** Humanoid: the task's teacher's own episode from the first evaluation start. */
  teacherEpisode: EpisodeRecord;
  /** The latest evaluation episode of the agent with teachers. */
  episode: EpisodeRecord;
  /** The ε_T sweep so far, one point per finished run. */
  tradeoff: TradeoffPoint[];
}

/**
 * Whose row a metric belongs to: '' the agent with teachers (or the only
 * agent), 'base' the same agent without teachers, `sweep${i}_` the i-th run
 * of the ε_T sweep.
 */
export type AgentPrefix = '' | 'base' | `sweep${number}_`;

/**
 * At each evaluation: the policy mean's success rate and task return over the
 * evaluation starts, each teacher's mean log-likelihood of the agent's action
 * (`ll_<teacher>`), and the domain's statistics (humanoid: head height; walk: speed).
 */
export type EvalMetric = 'success' | 'taskReturn' | `ll_${string}` | EvalStatName;

/**
 * Every 10 learner updates: the critic's TD loss, the M-step's KL to π_old
 * (mean and std parts), and per objective its temperature η (`temp_<objective>`)
 * and the KL of its E-step weights (`kl_<objective>`).
 */
export type UpdateMetric = 'criticLoss' | 'klMean' | 'klStd' | `temp_${string}` | `kl_${string}`;

/** The machine's speed, on update rows: learner updates, control steps, MuJoCo steps and actor forward passes per second. */
export type ThroughputMetric = 'updatesPerSec' | 'envStepsPerSec' | 'physicsStepsPerSec' | 'actionsPerSec';

/** `segment` numbers the agent of the row (0 with teachers, 1 without, 2 + i the i-th sweep run): data for plots and thinning. */
export type TeacherMetric = `${AgentPrefix}${EvalMetric | UpdateMetric}` | ThroughputMetric | 'segment';

/** A run of this experiment as the panel, its plots, claims and tests read it. */
export type TeacherRecording = Recording<TeacherArtifacts, TeacherMetric>;

export function checkParams(p: TeacherParams): void {
  if (p.sweepPoints > 0 && p.sweepMin > p.sweepMax) throw new ExperimentError(`The ε_T sweep runs from ${p.sweepMin} to ${p.sweepMax}: the lowest must not exceed the highest.`);
  if (p.minReplay > p.replaySize) throw new ExperimentError(`Learning waits for ${p.minReplay} transitions but the replay buffer holds only ${p.replaySize}: raise its capacity.`);
}

export const teacherExperiment = defineExperiment<TeacherArtifacts, TeacherMetric>()({
  schema: teacherSchema,
  presets: teacherPresets,
  run: async function* (params, ctx) {
    checkParams(params);
    yield* isHumanoid(params) ? humanoidRun(params, ctx) : pointMassRun(params, ctx);
  },
});

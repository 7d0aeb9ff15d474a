/**
 * One agent on its own, as the claims train it: the main run's agent with
 * teachers (or, with `withTeachers` off, the same agent without them), on
 * the point mass or the humanoid task its `domain` names, for `envSteps`,
 * through runAgent.ts like every agent of the main run. With `earlyStop` it
 * stops after the first evaluation whose success rate reaches `stopAt` (the
 * speed-up claim needs only when 80% is reached). No teachers alone, no
 * baseline, no sweep: its rows are the main run's unprefixed rows of that one
 * agent, on the same `agent` stream of the run seed.
 */
import { defineExperiment } from '../../core/experiment';
import { bool, defineSchema, num, type ParamsOf } from '../../core/params/schema';
import type { Presets } from '../../core/params/presets';
import { checkParams, type TeacherArtifacts, type TeacherMetric } from './experiment';
import { humanoidKit, isHumanoid } from './humanoid/humanoidSetup';
import { teacherSchema } from './params';
import { teacherPresets } from './presets';
import { activeTeachers } from './setup';
import { pointMassKit, runAgent } from './runAgent';

export const agentSchema = defineSchema({
  ...teacherSchema,
  withTeachers: bool({ group: 'run', key: 'wt', label: 'With the teachers', default: true, help: 'Off: the same agent with the task objective alone.' }),
  earlyStop: bool({ group: 'run', key: 'stop', label: 'Stop at a success rate', default: false }),
  stopAt: num({ group: 'run', key: 'stopat', label: 'Success rate to stop at', default: 0.8, min: 0, max: 1, step: 0.05 }),
});

export type AgentParams = ParamsOf<typeof agentSchema>;

/** The teacher presets: the agent's own fields keep their defaults unless a claim overrides them. */
const agentPresets: Presets<AgentParams> = teacherPresets;

export const agentExperiment = defineExperiment<TeacherArtifacts, TeacherMetric>()({
  schema: agentSchema,
  presets: agentPresets,
  run: async function* (params, ctx) {
    checkParams(params);
    const makeKit = isHumanoid(params)
      ? () => humanoidKit(params, params.withTeachers)
      : () => pointMassKit(params, params.withTeachers ? activeTeachers(params) : []);
    // Stops this agent, not the run: the run ends 'done' after the evaluation that reached the rate.
    const stop = new AbortController();
    const abort = () => stop.abort();
    if (ctx.signal.aborted) abort();
    ctx.signal.addEventListener('abort', abort);
    try {
      yield* runAgent({
        p: params, teachers: [], makeKit, envSteps: params.envSteps, rng: ctx.rng.fork('agent'), signal: stop.signal,
        segment: 0, prefix: '', label: params.withTeachers ? 'with teachers' : 'without teachers', live: ctx.live, weights: ctx.weights,
        offset: 0, total: params.envSteps, main: false,
        onEval: (_steps, success) => {
          if (params.earlyStop && success >= params.stopAt) stop.abort();
        },
      });
    } finally {
      ctx.signal.removeEventListener('abort', abort);
    }
  },
});

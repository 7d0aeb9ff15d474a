/**
 * Named starting points. acme's MO-MPO settings (batch 512, target period
 * 200, Adam 1e-4, ε_mean 1e-3, ε_std 1e-6) are the `paper-like` preset; at
 * browser scale a run gets a few thousand updates, so the schema defaults
 * (BROWSER) use a batch of 64, targets copied every 25 updates, Adam 1e-3 and
 * looser M-step bounds (ε_mean 0.01, ε_std 1e-4), γ = 0.95, and learn every 2nd env step.
 */
import type { Presets } from '../../core/params/presets';
import type { TeacherParams } from './params';

export const BROWSER: Partial<TeacherParams> = {
  batch: 64, targetPeriod: 25, policyLr: 1e-3, criticLr: 1e-3, epsMean: 0.01, epsStd: 1e-4,
  minReplay: 500, envStepsPerUpdate: 2, hidden: 64, evalEpisodes: 10, discount: 0.95,
};

/** The humanoid at browser scale: 4 s episodes, the stand teacher at σ_T 0.1, 64-unit nets. */
export const HUMANOID: Partial<TeacherParams> = {
  ...BROWSER, domain: 'humanoidStand', tStand: true, teacherStd: 0.1, epsStand: 0.1, episodeLength: 160, initNoise: 0.1, fallHeight: 0, evalEpisodes: 5,
};

/**
 * Humanoid walk (target 1 m/s): the gait clock in every agent's observation, the stand and walk teachers
 * and the selection head choosing among {task only, stand, walk}; joint noise 0.05 rad at reset (the walk
 * teacher's gains were searched from such starts).
 */
export const HUMANOID_WALK: Partial<TeacherParams> = {
  ...HUMANOID, domain: 'humanoidWalk', tStand: true, tWalk: true, epsWalk: 0.1, selectTeachers: true, initNoise: 0.05,
};

export const teacherPresets: Presets<TeacherParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (SwiftShader WebGPU needs seconds per update): sequence task with both teachers, 100 env steps, 2 updates of 16-unit nets on batches of 16, no baseline, no sweep.',
    params: {
      ...BROWSER, composition: 'sequence', reward: 'sparse', envSteps: 100, episodeLength: 40, hidden: 16, batch: 16, samples: 8,
      minReplay: 40, envStepsPerUpdate: 30, evalEvery: 50, evalEpisodes: 3, baseline: false, sweepPoints: 0,
    },
  },
  'humanoid-tiny': {
    reason: 'Humanoid pipeline check for e2e: stand task, stand teacher, 100 env steps of 30-step episodes, 2 updates of 16-unit nets, no baseline.',
    params: {
      ...HUMANOID, envSteps: 100, episodeLength: 30, hidden: 16, batch: 16, samples: 8, minReplay: 40, envStepsPerUpdate: 30, evalEvery: 50, evalEpisodes: 2, baseline: false,
    },
  },
  humanoid: {
    reason: 'A first look at the humanoid: stand with the stand teacher against no teachers on the same seed, 4000 env steps each (4 s episodes); about 2 to 3 minutes per agent on the WASM backend.',
    params: { ...HUMANOID, envSteps: 4000, evalEvery: 500, baseline: true },
  },
  'humanoid-walk-tiny': {
    reason: 'Walk pipeline check for e2e: the walk task with the stand and walk teachers and the selection head, 100 env steps of 30-step episodes, 2 updates of 16-unit nets, no baseline.',
    params: {
      ...HUMANOID_WALK, envSteps: 100, episodeLength: 30, hidden: 16, batch: 16, samples: 8, minReplay: 40, envStepsPerUpdate: 30, evalEvery: 50, evalEpisodes: 2, baseline: false,
    },
  },
  'humanoid-walk': {
    reason: 'Humanoid walk: the selection head chooses per state among the task alone, the stand teacher and the walk teacher; against no teachers on the same seed, 4000 env steps each (4 s episodes).',
    params: { ...HUMANOID_WALK, envSteps: 4000, evalEvery: 500, baseline: true },
  },
  'humanoid-walk-follow': {
    reason: 'The agent that learns to walk: the walk teacher alone, followed closely (ε_walk 1 against ε_task 1e-4: the KL bounds set how closely the agent follows each objective), no stand teacher, no selection head, 14,000 env steps (about 5 minutes on WASM). On seed 1 it walks like the teacher from about 12,000 steps; trained on to 16,000 it fell again.',
    params: { ...HUMANOID_WALK, tStand: false, selectTeachers: false, epsWalk: 1, epsTask: 1e-4, envSteps: 14000, evalEvery: 2000, baseline: false },
    seed: 1,
  },
  'humanoid-walk-select': {
    reason: 'The paper\'s own mechanism walking: the selection head chooses per state between the task alone and the walk teacher (no stand teacher), walk ε 1 against task ε 1e-4, 10,000 env steps (about 2.5 minutes on WASM). On seed 1 it walks from about 10,000 steps; trained on to 12,000 it fell again.',
    params: { ...HUMANOID_WALK, tStand: false, epsWalk: 1, epsTask: 1e-4, envSteps: 10000, evalEvery: 2000, baseline: false },
    seed: 1,
  },
  'humanoid-select': {
    reason: 'The humanoid with a teacher-selection head: per state the agent chooses between the task alone and the stand teacher.',
    params: { ...HUMANOID, envSteps: 4000, evalEvery: 500, baseline: false, selectTeachers: true },
  },
  default: {
    reason: 'Sequence composition with a sparse task reward: the waypoint and goal teachers against no teachers, 4000 env steps each, about two minutes on a laptop GPU.',
    params: {},
  },
  parallel: {
    reason: 'Parallel composition: an x-teacher and a y-teacher, each on its own force, to a goal with a sparse reward.',
    params: { ...BROWSER, composition: 'parallel', reward: 'sparse', tGoal: false, envSteps: 4000, evalEvery: 500 },
  },
  beyond: {
    reason: 'Beyond the teachers: the goal teacher drives straight into a pillar; with a shaped task reward the agent learns to go around it.',
    params: { ...BROWSER, composition: 'beyond', reward: 'shaped', envSteps: 6000, evalEvery: 1000, epsGoal: 0.01, baseline: false },
  },
  tradeoff: {
    reason: 'A goal teacher that stops 0.4 m short, shaped task reward, and a 4-point sweep of ε_T from 1e-3 to 1: how far ε lets a poor teacher cap the task return.',
    params: {
      ...BROWSER, composition: 'parallel', reward: 'shaped', tX: false, tY: false, tGoal: true, shortfall: 0.4, envSteps: 3000, evalEvery: 500,
      baseline: false, sweepPoints: 4, sweepSteps: 3000, sweepMin: 1e-3, sweepMax: 1,
    },
  },
  'paper-like': {
    reason: 'acme\'s MO-MPO defaults unchanged (batch 512, N = 20, 5-step returns, targets every 200 updates, Adam 1e-4, ε_k 0.1) for 100k env steps: tens of minutes to hours in a browser.',
    params: {
      composition: 'sequence', reward: 'sparse', envSteps: 100_000, evalEvery: 5000, evalEpisodes: 20, minReplay: 1000, envStepsPerUpdate: 1,
      batch: 512, targetPeriod: 200, policyLr: 1e-4, criticLr: 1e-4, epsMean: 1e-3, epsStd: 1e-6, discount: 0.99,
    },
  },
  'claims-stand': {
    reason: 'What `npm run claims` trains for the stand claim: the humanoid preset for 3000 env steps with the stand teacher and without, same seed.',
    params: { ...HUMANOID, envSteps: 3000, evalEvery: 1000, baseline: true },
    seed: 1,
  },
  'claims-walk': {
    reason: 'What `npm run claims` trains for the walk claim: humanoid-walk (selection among task only, stand, walk) and the same agent without teachers, 3000 env steps each; seed 1, or seeds 1 to 3 with --full.',
    params: { ...HUMANOID_WALK, envSteps: 3000, evalEvery: 1000, baseline: true },
    seed: 1,
  },
  'claims-sequence': {
    reason: 'What `npm run claims` trains for the speed-up claim: the default sequence task, evaluated every 250 env steps.',
    params: { ...BROWSER, composition: 'sequence', reward: 'sparse', envSteps: 3000, evalEvery: 250, baseline: false },
    seed: 1,
  },
  'claims-cap': {
    reason: 'What `npm run claims` trains for the cap claim: a goal teacher that stops 0.4 m short, shaped reward, ε_T = 0.01 and 2 (the sweep\'s ends).',
    params: {
      ...BROWSER, composition: 'parallel', reward: 'shaped', tX: false, tY: false, tGoal: true, shortfall: 0.4, envSteps: 2500, evalEvery: 500,
      baseline: false, sweepPoints: 2, sweepSteps: 2500, sweepMin: 0.01, sweepMax: 2,
    },
    seed: 1,
  },
  'claims-beyond': {
    reason: 'What `npm run claims` trains for the beyond claim: the obstacle task, shaped reward, goal teacher at ε 0.01, 5000 env steps, 20 evaluation starts.',
    params: { ...BROWSER, composition: 'beyond', reward: 'shaped', envSteps: 5000, evalEvery: 1000, epsGoal: 0.01, baseline: false, evalEpisodes: 20 },
    seed: 1,
  },
};

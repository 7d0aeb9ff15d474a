/**
 * Hyperparameters of the teacher-policies panel (Mishra et al. 2023, arXiv
 * 2308.15470, on MO-MPO, Abdolmaleki, Huang et al. 2020, arXiv 2005.07513).
 * Defaults are the browser-scale `default` preset; acme's MO-MPO defaults
 * (facts file §1a, rl/mompoLearner ACME_MOMPO) are named in each field's help and set
 * by the `paper-like` preset.
 */
import { bool, choice, defineSchema, int, num, type FieldGroup, type ParamsOf } from '../../core/params/schema';

const eps = (key: string, label: string, help: string, role: { primary: true } | { group: FieldGroup } = { group: 'training' }) =>
  num({ key, label, default: 0.1, min: 1e-5, max: 2, log: true, live: true, help, ...role });

export const teacherSchema = defineSchema({
  domain: choice({
    primary: true,
    key: 'dom', label: 'Domain', default: 'pointMass',
    options: [
      { value: 'pointMass', label: 'Point mass (MuJoCo arena)' },
      { value: 'humanoidStand', label: 'Humanoid: stand' },
      { value: 'humanoidWalk', label: 'Humanoid: walk (1 m/s)' },
    ],
    help: 'The humanoid uses the stand and walk teachers, their ε and the selection settings; the composition and point-mass teachers apply to the point mass only.',
  }),
  composition: choice({
    primary: true,
    key: 'comp', label: 'Composition', default: 'sequence',
    options: [
      { value: 'sequence', label: 'Sequence: waypoint, then goal' },
      { value: 'parallel', label: 'Parallel: x- and y-teachers' },
      { value: 'beyond', label: 'Beyond the teachers: obstacle' },
    ],
  }),
  reward: choice({ primary: true, key: 'rew', label: 'Task reward', default: 'sparse', options: [{ value: 'sparse', label: 'Sparse (1 at the goal)' }, { value: 'shaped', label: 'Shaped (dense progress)' }] }),
  tWaypoint: bool({ group: 'training', key: 'tw', label: 'Waypoint teacher', default: true, help: 'Sequence only: drives to the waypoint until it is reached.' }),
  tGoal: bool({ group: 'training', key: 'tg', label: 'Goal teacher', default: true, help: 'Drives straight to the goal (in sequence, once the waypoint is reached).' }),
  tHold: bool({ group: 'training', key: 'th', label: 'Hold-still teacher', default: false, help: 'Brakes to zero velocity everywhere.' }),
  tX: bool({ group: 'training', key: 'tx', label: 'x-teacher', default: true, help: 'Parallel only: drives the x force toward the goal.' }),
  tY: bool({ group: 'training', key: 'ty', label: 'y-teacher', default: true, help: 'Parallel only: drives the y force toward the goal.' }),
  tStand: bool({ group: 'training', key: 'tst', label: 'Stand teacher', default: true, help: 'Humanoid only: the scripted balance controller (an affine map of the observation) as an objective.' }),
  epsStand: eps('est', 'ε stand teacher', 'Humanoid only: how far one update may move toward the stand teacher.'),
  tWalk: bool({ group: 'training', key: 'twk', label: 'Walk teacher', default: false, help: 'Humanoid only: the scripted walking controller (gait clock, foot placement; gains searched by `npm run train-teachers`) as an objective.' }),
  epsWalk: eps('ewk', 'ε walk teacher', 'Humanoid only: how far one update may move toward the walk teacher.'),
  selectTeachers: bool({ group: 'model', key: 'sel', label: 'Teacher selection head', default: false, help: 'Humanoid only: a categorical head chooses per state between the task alone and each teacher that is on; a teacher\'s objective counts only where it is chosen.' }),
  fallHeight: num({ group: 'data', key: 'fall', label: 'End episode when the head is below', default: 0, min: 0, max: 1.3, step: 0.05, unit: 'm', help: 'Humanoid only; 0 never ends early (the suite).' }),
  initNoise: num({ group: 'data', key: 'inoise', label: 'Initial joint noise', default: 0.05, min: 0, max: 1, step: 0.01, unit: 'rad', help: 'Humanoid only: uniform perturbation of every hinge at reset.' }),
  epsTask: eps('et', 'ε task', 'KL bound of the task objective\'s E-step (acme: 0.1).'),
  epsWaypoint: eps('ew', 'ε waypoint teacher', 'How far one update may move toward the waypoint teacher.'),
  epsGoal: eps('eg', 'ε goal teacher', 'How far one update may move toward the goal teacher.', { primary: true }),
  epsHold: eps('eh', 'ε hold teacher', 'How far one update may move toward the hold-still teacher.'),
  epsX: eps('ex', 'ε x-teacher', 'How far one update may move toward the x-teacher.'),
  epsY: eps('ey', 'ε y-teacher', 'How far one update may move toward the y-teacher.'),
  teacherStd: num({ live: true, group: 'training', key: 'tstd', label: 'Teacher std σ_T', default: 0.2, min: 0.02, max: 1, log: true, help: 'Width of the Gaussian around each controller\'s action.' }),
  shortfall: num({ primary: true, key: 'short', label: 'Goal teacher stops short by', default: 0, min: 0, max: 0.8, step: 0.05, unit: 'm', help: '0: the goal teacher is optimal; more: it aims this far before the goal.' }),
  baseline: bool({ group: 'evaluation', key: 'base', label: 'Also train without teachers', default: true, help: 'Same seed, same settings, no teacher objectives: overlaid on the curves.' }),
  sweepPoints: int({ group: 'evaluation', key: 'swn', label: 'ε_T sweep: points', default: 0, min: 0, max: 8, help: 'Extra short runs at log-spaced ε for every active teacher (0: no sweep).' }),
  sweepMin: num({ group: 'evaluation', key: 'swlo', label: 'ε_T sweep: lowest', default: 1e-3, min: 1e-5, max: 2, log: true }),
  sweepMax: num({ group: 'evaluation', key: 'swhi', label: 'ε_T sweep: highest', default: 1, min: 1e-5, max: 2, log: true }),
  sweepSteps: int({ group: 'evaluation', key: 'sws', label: 'ε_T sweep: env steps per run', default: 4000, min: 100, max: 200_000, log: true, unit: 'steps' }),
  envSteps: int({ group: 'training', key: 'steps', label: 'Environment steps', default: 4000, min: 100, max: 1_000_000, log: true, unit: 'steps' }),
  episodeLength: int({ group: 'data', key: 'ep', label: 'Episode length', default: 100, min: 10, max: 1000, unit: 'control steps' }),
  timestep: num({ group: 'data', key: 'dt', label: 'Physics timestep', default: 0.01, min: 0.001, max: 0.02, step: 0.001, unit: 's' }),
  substeps: int({ group: 'data', key: 'sub', label: 'Physics steps per control step', default: 5, min: 1, max: 20 }),
  hidden: int({ group: 'model', key: 'h', label: 'Hidden units (2 layers)', default: 64, min: 4, max: 512, log: true }),
  batch: int({ group: 'training', key: 'b', label: 'Batch size', default: 64, min: 4, max: 1024, log: true, unit: 'transitions', help: 'acme: 512 (the paper-like preset).' }),
  samples: int({ group: 'training', key: 'n', label: 'Sampled actions N', default: 20, min: 2, max: 64, help: 'Actions per state for the E-step and the critic target (acme: 20).' }),
  nStep: int({ group: 'training', key: 'nstep', label: 'n-step return', default: 5, min: 1, max: 20, help: 'acme: 5.' }),
  discount: num({ group: 'training', key: 'gamma', label: 'Discount γ', default: 0.95, min: 0.5, max: 0.999, step: 0.001, help: 'acme: 0.99; 0.95 lets a small critic learn from a few thousand updates.' }),
  targetPeriod: int({ live: true, group: 'training', key: 'tp', label: 'Target update period', default: 25, min: 1, max: 5000, log: true, unit: 'updates', help: 'acme: 200 (the paper-like preset).' }),
  policyLr: num({ live: true, group: 'training', key: 'plr', label: 'Policy learning rate', default: 1e-3, min: 1e-5, max: 1e-2, log: true, help: 'Adam; acme: 1e-4.' }),
  criticLr: num({ live: true, group: 'training', key: 'clr', label: 'Critic learning rate', default: 1e-3, min: 1e-5, max: 1e-2, log: true, help: 'Adam; acme: 1e-4.' }),
  dualLr: num({ live: true, group: 'training', key: 'dlr', label: 'Dual learning rate', default: 1e-2, min: 1e-4, max: 1e-1, log: true }),
  epsMean: num({ live: true, group: 'training', key: 'em', label: 'ε mean (M-step)', default: 1e-2, min: 1e-6, max: 1, log: true, help: 'Per-dimension KL bound on the policy mean (acme: 1e-3).' }),
  epsStd: num({ live: true, group: 'training', key: 'es', label: 'ε std (M-step)', default: 1e-4, min: 1e-8, max: 1e-1, log: true, help: 'Per-dimension KL bound on the policy std (acme: 1e-6).' }),
  initStd: num({ group: 'model', key: 'istd', label: 'Initial policy std', default: 0.7, min: 0.05, max: 2, log: true }),
  envStepsPerUpdate: int({ group: 'training', key: 'spu', label: 'Env steps per update', default: 2, min: 1, max: 64, log: true }),
  minReplay: int({ group: 'training', key: 'minr', label: 'Replay size before learning', default: 500, min: 10, max: 100_000, log: true, unit: 'transitions' }),
  replaySize: int({ group: 'training', key: 'rsize', label: 'Replay capacity', default: 100_000, min: 100, max: 1_000_000, log: true, unit: 'transitions' }),
  evalEvery: int({ live: true, group: 'evaluation', key: 'evev', label: 'Evaluate every', default: 500, min: 10, max: 100_000, log: true, unit: 'env steps' }),
  evalEpisodes: int({ live: true, group: 'evaluation', key: 'eve', label: 'Evaluation episodes', default: 10, min: 1, max: 200 }),
});

export type TeacherParams = ParamsOf<typeof teacherSchema>;
export type Composition = TeacherParams['composition'];
export type Domain = TeacherParams['domain'];

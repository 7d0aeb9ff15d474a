/**
 * The humanoid as an `Env`: our MJCF model, the stand or walk task, 5 ms
 * physics steps with 5 per control step. An episode starts from the stand
 * keyframe with every hinge perturbed by a seeded uniform amount (then lifted
 * so the lower foot just touches the floor) and runs for `episodeLength`
 * control steps, or until the head drops below `fallHeight` when that is set.
 */
import type { MjData, MjModel } from '@mujoco/mujoco';
import { Rng } from '../../../core/rng';
import type { ActionSpec, BodyPoses, Env, StepResult, VectorSpec } from '../rl/env';
import { loadMujoco, type Mujoco } from '../rl/loadMujoco';
import { describeScene, type SceneDescription } from '../rl/sceneDescription';
import { HUMANOID_JOINTS, HUMANOID_SUBSTEPS, HUMANOID_TIMESTEP, humanoidXml } from './humanoidModel';
import {
  type HumanoidHandles, type HumanoidTask, type RewardTerms,
  comVelocity, headHeight, humanoidHandles, observationNames, observe, rewardTerms, STAND_HEIGHT, TASK_SPEED, torsoUpright,
} from './humanoidTasks';

export interface HumanoidEnvOptions {
  task: HumanoidTask;
  /** Control steps per episode (the suite: 1000, i.e. 25 s). */
  episodeLength: number;
  /** Half-width (rad) of the uniform perturbation of each hinge at reset. */
  initNoise: number;
  /** End the episode when the head drops below this height (m); 0 never ends early (the suite). */
  fallHeight: number;
  /** Period (s) of the gait clock in the observation; 0 for none. */
  clockPeriod: number;
}

export const HUMANOID_ENV_DEFAULTS: Readonly<HumanoidEnvOptions> = {
  task: 'stand',
  episodeLength: 1000,
  initNoise: 0.05,
  fallHeight: 0,
  clockPeriod: 0,
};

export class HumanoidEnv implements Env {
  readonly objectives = ['task'] as const;
  readonly observationSpec: VectorSpec;
  readonly actionSpec: ActionSpec;
  readonly timestep = HUMANOID_TIMESTEP;
  readonly substeps = HUMANOID_SUBSTEPS;
  readonly episodeLength: number;
  readonly options: Readonly<HumanoidEnvOptions>;
  /** The reward's factors at the latest step (zeros before the first step). */
  lastTerms: RewardTerms = { standing: 0, upright: 0, smallControl: 0, move: 0, reward: 0 };
  readonly handles: HumanoidHandles;
  private t = 0;
  private readonly obs: Float32Array;
  private readonly footGeoms: number[];

  private constructor(private readonly mj: Mujoco, private readonly model: MjModel, private readonly data: MjData, options: HumanoidEnvOptions) {
    this.options = options;
    this.episodeLength = options.episodeLength;
    this.handles = humanoidHandles(mj, model, data);
    const names = observationNames(this.handles, options);
    this.observationSpec = { size: names.length, names };
    this.obs = new Float32Array(names.length);
    const range = model.actuator_ctrlrange;
    const nu = model.nu;
    this.actionSpec = {
      size: nu,
      names: HUMANOID_JOINTS,
      low: Float32Array.from({ length: nu }, (_, i) => range[2 * i]),
      high: Float32Array.from({ length: nu }, (_, i) => range[2 * i + 1]),
    };
    const feet = new Set(['right_foot', 'left_foot'].map((b) => mj.mj_name2id(model, mj.mjtObj.mjOBJ_BODY.value, b)));
    this.footGeoms = [];
    for (let g = 0; g < model.ngeom; g++) if (feet.has(model.geom_bodyid[g])) this.footGeoms.push(g);
  }

  static async create(options: Partial<HumanoidEnvOptions> = {}): Promise<HumanoidEnv> {
    const o = { ...HUMANOID_ENV_DEFAULTS, ...options };
    if (!(Number.isInteger(o.episodeLength) && o.episodeLength >= 1)) throw new RangeError(`episodeLength must be a positive integer, got ${o.episodeLength}`);
    if (!(o.initNoise >= 0 && o.initNoise <= 1)) throw new RangeError(`initNoise must be in [0, 1] rad, got ${o.initNoise}`);
    if (!(o.fallHeight >= 0 && o.fallHeight < STAND_HEIGHT)) throw new RangeError(`fallHeight must be in [0, ${STAND_HEIGHT}) m, got ${o.fallHeight}`);
    if (!(o.clockPeriod >= 0)) throw new RangeError(`clockPeriod must be non-negative, got ${o.clockPeriod}`);
    if (!(o.task in TASK_SPEED)) throw new RangeError(`unknown humanoid task '${String(o.task)}'`);
    const mj = await loadMujoco();
    const model = mj.MjModel.from_xml_string(humanoidXml());
    const data = new mj.MjData(model);
    return new HumanoidEnv(mj, model, data, o);
  }

  /** Elapsed control steps in this episode. */
  get stepCount(): number {
    return this.t;
  }

  reset(seed: number): Float32Array {
    const { mj, model, data } = this;
    mj.mj_resetDataKeyframe(model, data, 0);
    const rng = new Rng(seed);
    const qpos = data.qpos;
    const jntRange = model.jnt_range;
    for (let j = 1; j < model.njnt; j++) {
      const a = model.jnt_qposadr[j];
      const lo = jntRange[2 * j];
      const hi = jntRange[2 * j + 1];
      qpos[a] = Math.min(hi, Math.max(lo, qpos[a] + rng.uniform(-this.options.initNoise, this.options.initNoise)));
    }
    mj.mj_forward(model, data);
    data.qpos[2] -= this.lowestFootPoint();
    mj.mj_forward(model, data);
    this.t = 0;
    this.lastTerms = { standing: 0, upright: 0, smallControl: 0, move: 0, reward: 0 };
    return observe(this.handles, this.options, this.obs).slice();
  }

  step(action: Float32Array): StepResult {
    const { mj, model, data } = this;
    if (action.length !== this.actionSpec.size) throw new RangeError(`humanoid action needs ${this.actionSpec.size} entries, got ${action.length}`);
    const ctrl = data.ctrl;
    const { low, high } = this.actionSpec;
    for (let i = 0; i < action.length; i++) {
      const a = action[i];
      ctrl[i] = Number.isFinite(a) ? Math.min(high[i], Math.max(low[i], a)) : 0;
    }
    for (let k = 0; k < this.substeps; k++) mj.mj_step(model, data);
    // mj_step leaves xpos and the sensors at the state before its last integration;
    // the position and velocity stages (mj_step1) bring them up to date.
    mj.mj_step1(model, data);
    this.t++;
    const [vx, vy] = comVelocity(this.handles);
    const head = headHeight(this.handles);
    const upright = torsoUpright(this.handles);
    const terms = rewardTerms(this.options.task, head, upright, data.ctrl, vx, vy);
    this.lastTerms = terms;
    const speed = TASK_SPEED[this.options.task];
    const success = head >= STAND_HEIGHT && upright >= 0.9 && (speed === 0 || Math.hypot(vx, vy) >= speed);
    const fallen = this.options.fallHeight > 0 && head < this.options.fallHeight;
    return {
      obs: observe(this.handles, this.options, this.obs).slice(),
      rewards: { task: terms.reward },
      done: fallen || this.t >= this.episodeLength,
      success,
    };
  }

  poses(): BodyPoses {
    return { xpos: Float64Array.from(this.data.xpos), xquat: Float64Array.from(this.data.xquat) };
  }

  /** Head height (m) now. */
  headHeight(): number {
    return headHeight(this.handles);
  }

  /** The model's drawable geoms for the three.js view. */
  scene(): SceneDescription {
    const names = Array.from({ length: this.model.ngeom }, (_, i) => this.mj.mj_id2name(this.model, this.mj.mjtObj.mjOBJ_GEOM.value, i) ?? '');
    return describeScene(this.model, names);
  }

  /** The MuJoCo model, for the scene builder (geoms, sizes, materials). */
  get mjModel(): MjModel {
    return this.model;
  }

  dispose(): void {
    this.data.delete();
    this.model.delete();
  }

  /** Lowest point (world z) of the foot capsules. */
  private lowestFootPoint(): number {
    const { model, data } = this;
    const gpos = data.geom_xpos;
    const gmat = data.geom_xmat;
    const size = model.geom_size;
    let low = Infinity;
    for (const g of this.footGeoms) {
      // A capsule's axis is its local z; its ends are ±half-length along it.
      const z = gpos[3 * g + 2] - Math.abs(gmat[9 * g + 8]) * size[3 * g + 1] - size[3 * g];
      low = Math.min(low, z);
    }
    return low;
  }
}

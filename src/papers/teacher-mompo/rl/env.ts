/**
 * The reinforcement-learning environment contract. A MuJoCo-backed task
 * (teacher-policies panel: the point-mass arena, the humanoid) implements it;
 * learners, teachers and the three.js view only see this interface.
 *
 * One `step` is one control step: the action is held for `substeps` physics
 * steps of `timestep` seconds each. Rewards are per objective (MO-MPO keeps
 * one critic per reward objective), named in `objectives`.
 */

import type { SceneDescription } from './sceneDescription';

/** A flat vector of named scalars (observation or action). */
export interface VectorSpec {
  size: number;
  /** One name per entry, e.g. 'x', 'vx', 'abdomen_z'. */
  names: readonly string[];
}

/** Actions live in a box; a learner squashes or clips into it. */
export interface ActionSpec extends VectorSpec {
  low: Float32Array;
  high: Float32Array;
}

export interface StepResult {
  obs: Float32Array;
  /** One reward per objective named in `Env.objectives`. */
  rewards: Readonly<Record<string, number>>;
  /** The episode ended (time limit or termination). */
  done: boolean;
  /**
   * The episode ended by termination (a crash, a fall), so no value follows it:
   * n-step targets do not bootstrap. Absent or false when `done` is only the time limit.
   */
  terminal?: boolean;
  /** The task counts as solved this step (e.g. reached the goal after the waypoint). */
  success: boolean;
}

/** Poses of every body after the latest step, for the render loop (MuJoCo's xpos and xquat, w-first quaternions). */
export interface BodyPoses {
  /** [nbody * 3] world positions, metres. */
  xpos: Float64Array;
  /** [nbody * 4] world orientations, (w, x, y, z). */
  xquat: Float64Array;
}

export interface Env {
  readonly objectives: readonly string[];
  readonly observationSpec: VectorSpec;
  readonly actionSpec: ActionSpec;
  /** Seconds per physics step. */
  readonly timestep: number;
  /** Physics steps per control step. */
  readonly substeps: number;
  /** Control steps per episode. */
  readonly episodeLength: number;
  /** Starts an episode; the same seed gives the same initial state. */
  reset(seed: number): Float32Array;
  step(action: Float32Array): StepResult;
  /** A copy of the current body poses. */
  poses(): BodyPoses;
  /** The model's drawable geoms, for the three.js view (plain data; see sceneDescription.ts). */
  scene?(): SceneDescription;
  /** Frees the MuJoCo model and data. */
  dispose(): void;
}

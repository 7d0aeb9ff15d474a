/**
 * Our humanoid, written as an MJCF string. It follows the layout of the
 * DeepMind Control Suite humanoid (Tassa et al., 2018): a free-floating torso,
 * a three-hinge abdomen, legs with three-hinge hips, knees and two-hinge
 * ankles, arms with two-hinge shoulders and elbows: 21 motors with
 * ctrlrange [-1, 1] and gears 20 to 120 N·m. Capsules and spheres of water
 * density (about 41 kg in all), timestep 5 ms, 5 physics steps per control
 * step (the suite's 25 ms control period).
 *
 * The left side is generated from the right one by mirroring through the
 * sagittal (x–z) plane: positions flip y, and a hinge axis (a pseudo-vector)
 * (ax, ay, az) becomes (−ax, ay, −az), so the same joint range means the same
 * motion on both sides.
 */

export const HUMANOID_TIMESTEP = 0.005;
export const HUMANOID_SUBSTEPS = 5;

/** Actuated joints in actuator order (the suite's order). */
export const HUMANOID_JOINTS = [
  'abdomen_y', 'abdomen_z', 'abdomen_x',
  'right_hip_x', 'right_hip_z', 'right_hip_y', 'right_knee', 'right_ankle_x', 'right_ankle_y',
  'left_hip_x', 'left_hip_z', 'left_hip_y', 'left_knee', 'left_ankle_x', 'left_ankle_y',
  'right_shoulder1', 'right_shoulder2', 'right_elbow',
  'left_shoulder1', 'left_shoulder2', 'left_elbow',
] as const;

export type HumanoidJoint = (typeof HUMANOID_JOINTS)[number];

/** Motor gear (N·m at |ctrl| = 1) per actuated joint. */
export const HUMANOID_GEARS: Readonly<Record<HumanoidJoint, number>> = {
  abdomen_y: 40, abdomen_z: 40, abdomen_x: 40,
  right_hip_x: 40, right_hip_z: 40, right_hip_y: 120, right_knee: 80, right_ankle_x: 20, right_ankle_y: 20,
  left_hip_x: 40, left_hip_z: 40, left_hip_y: 120, left_knee: 80, left_ankle_x: 20, left_ankle_y: 20,
  right_shoulder1: 20, right_shoulder2: 20, right_elbow: 40,
  left_shoulder1: 20, left_shoulder2: 20, left_elbow: 40,
};

/** Bodies whose positions the observations and rewards read. */
export const HUMANOID_EXTREMITIES = ['left_hand', 'left_foot', 'right_hand', 'right_foot'] as const;

/**
 * Root height at which both feet rest on the floor with every joint at 0:
 * the torso-to-foot offsets (0.26 + 0.165 + 0.04 + 0.403 + 0.39 m) plus the
 * foot capsules' radius (0.027 m).
 */
export const STAND_ROOT_HEIGHT = 1.285;

type Vec3 = readonly [number, number, number];
type Side = 'right' | 'left';

const fmt = (v: readonly number[]): string => v.map((x) => Number(x.toFixed(4)).toString()).join(' ');

/** Mirror a position or a segment's endpoints through the x–z plane for the left side. */
function pos(side: Side, p: Vec3): string {
  return fmt(side === 'right' ? p : [p[0], -p[1], p[2]]);
}
function fromto(side: Side, a: Vec3, b: Vec3): string {
  return `${pos(side, a)} ${pos(side, b)}`;
}
/** Mirror a hinge axis (a pseudo-vector): (x, y, z) → (−x, y, −z). */
function axis(side: Side, a: Vec3): string {
  return fmt(side === 'right' ? a : [-a[0], a[1], -a[2]]);
}

interface HingeOptions {
  at?: Vec3;
  cls?: 'big_joint' | 'big_stiff_joint';
  stiffness?: number;
}

function hinge(side: Side, name: string, ax: Vec3, range: readonly [number, number], o: HingeOptions = {}): string {
  const attrs = [`name="${side}_${name}"`, `axis="${axis(side, ax)}"`, `range="${fmt(range)}"`];
  if (o.at) attrs.push(`pos="${pos(side, o.at)}"`);
  if (o.cls) attrs.push(`class="${o.cls}"`);
  if (o.stiffness !== undefined) attrs.push(`stiffness="${o.stiffness}"`);
  return `<joint ${attrs.join(' ')}/>`;
}

function leg(side: Side): string {
  return `
      <body name="${side}_thigh" pos="${pos(side, [0, -0.1, -0.04])}">
        ${hinge(side, 'hip_x', [1, 0, 0], [-25, 5], { cls: 'big_joint' })}
        ${hinge(side, 'hip_z', [0, 0, 1], [-60, 35], { cls: 'big_joint' })}
        ${hinge(side, 'hip_y', [0, 1, 0], [-110, 20], { cls: 'big_stiff_joint' })}
        <geom name="${side}_thigh" fromto="${fromto(side, [0, 0, 0], [0, 0.01, -0.34])}" size="0.06"/>
        <body name="${side}_shin" pos="${pos(side, [0, 0.01, -0.403])}">
          ${hinge(side, 'knee', [0, -1, 0], [-160, 2], { at: [0, 0, 0.02] })}
          <geom name="${side}_shin" fromto="0 0 0 0 0 -0.3" size="0.049"/>
          <body name="${side}_foot" pos="0 0 -0.39">
            ${hinge(side, 'ankle_y', [0, 1, 0], [-50, 50], { at: [0, 0, 0.08], stiffness: 6 })}
            ${hinge(side, 'ankle_x', [1, 0, 0.5], [-50, 50], { at: [0, 0, 0.04], stiffness: 3 })}
            <geom name="${side}_foot_outer" fromto="${fromto(side, [-0.07, -0.02, 0], [0.14, -0.04, 0])}" size="0.027"/>
            <geom name="${side}_foot_inner" fromto="${fromto(side, [-0.07, 0, 0], [0.14, 0.02, 0])}" size="0.027"/>
          </body>
        </body>
      </body>`;
}

function arm(side: Side): string {
  // The upper arm points forward, outward and down; the forearm folds back up towards the chest.
  return `
    <body name="${side}_upper_arm" pos="${pos(side, [0, -0.17, 0.06])}">
      ${hinge(side, 'shoulder1', [2, 1, 1], [-85, 60])}
      ${hinge(side, 'shoulder2', [0, -1, 1], [-85, 60])}
      <geom name="${side}_upper_arm" fromto="${fromto(side, [0, 0, 0], [0.16, -0.16, -0.16])}" size="0.04"/>
      <body name="${side}_lower_arm" pos="${pos(side, [0.18, -0.18, -0.18])}">
        ${hinge(side, 'elbow', [0, -1, 1], [-90, 50], { stiffness: 0 })}
        <geom name="${side}_lower_arm" fromto="${fromto(side, [0.01, 0.01, 0.01], [0.17, 0.17, 0.17])}" size="0.031"/>
        <body name="${side}_hand" pos="${pos(side, [0.18, 0.18, 0.18])}">
          <geom name="${side}_hand" type="sphere" size="0.04"/>
        </body>
      </body>
    </body>`;
}

/** The humanoid's MJCF, standing upright with both feet on the floor (keyframe "stand"). */
export function humanoidXml(): string {
  const motors = HUMANOID_JOINTS.map((j) => `<motor name="${j}" joint="${j}" gear="${HUMANOID_GEARS[j]}"/>`).join('\n    ');
  const standQpos = fmt([0, 0, STAND_ROOT_HEIGHT, 1, 0, 0, 0, ...HUMANOID_JOINTS.map(() => 0)]);
  return `<mujoco model="notebook_humanoid">
  <compiler angle="degree"/>
  <option timestep="${HUMANOID_TIMESTEP}"/>
  <visual>
    <quality shadowsize="4096"/>
    <headlight ambient="0.35 0.35 0.35" diffuse="0.5 0.5 0.5"/>
  </visual>
  <asset>
    <texture name="grid" type="2d" builtin="checker" width="512" height="512" rgb1="0.16 0.22 0.28" rgb2="0.11 0.16 0.21" mark="edge" markrgb="0.3 0.38 0.45"/>
    <material name="floor" texture="grid" texrepeat="1 1" texuniform="true" reflectance="0.05"/>
    <material name="body" rgba="0.78 0.55 0.36 1" specular="0.3" shininess="0.3"/>
  </asset>
  <default>
    <motor ctrllimited="true" ctrlrange="-1 1"/>
    <default class="body">
      <geom type="capsule" condim="1" friction="0.7" solimp="0.9 0.99 0.003" solref="0.015 1" material="body" rgba="0.78 0.55 0.36 1"/>
      <joint type="hinge" limited="true" damping="0.2" stiffness="1" armature="0.01" solimplimit="0 0.99 0.01"/>
      <default class="big_joint">
        <joint damping="5" stiffness="10"/>
        <default class="big_stiff_joint">
          <joint stiffness="20"/>
        </default>
      </default>
    </default>
  </default>
  <worldbody>
    <light name="sun" pos="0 0 6" dir="0 0 -1" directional="true" castshadow="true" diffuse="0.8 0.8 0.8"/>
    <geom name="floor" type="plane" size="50 50 0.2" material="floor" rgba="0.16 0.22 0.28 1" condim="3"/>
    <body name="torso" pos="0 0 ${STAND_ROOT_HEIGHT}" childclass="body">
      <freejoint name="root"/>
      <geom name="torso" fromto="0 -0.07 0 0 0.07 0" size="0.07"/>
      <geom name="upper_waist" fromto="-0.01 -0.06 -0.12 -0.01 0.06 -0.12" size="0.06"/>
      <body name="head" pos="0 0 0.19">
        <geom name="head" type="sphere" size="0.09"/>
      </body>
      <body name="lower_waist" pos="-0.01 0 -0.26">
        <geom name="lower_waist" fromto="0 -0.06 0 0 0.06 0" size="0.06"/>
        <joint name="abdomen_z" pos="0 0 0.065" axis="0 0 1" range="-45 45" class="big_stiff_joint"/>
        <joint name="abdomen_y" pos="0 0 0.065" axis="0 1 0" range="-75 30" class="big_joint"/>
        <body name="pelvis" pos="0 0 -0.165">
          <joint name="abdomen_x" pos="0 0 0.1" axis="1 0 0" range="-35 35" class="big_joint"/>
          <geom name="butt" fromto="-0.02 -0.07 0 -0.02 0.07 0" size="0.09"/>${leg('right')}${leg('left')}
        </body>
      </body>${arm('right')}${arm('left')}
    </body>
  </worldbody>
  <actuator>
    ${motors}
  </actuator>
  <sensor>
    <subtreelinvel name="torso_subtreelinvel" body="torso"/>
  </sensor>
  <keyframe>
    <key name="stand" qpos="${standQpos}"/>
  </keyframe>
</mujoco>`;
}

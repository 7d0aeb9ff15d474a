/**
 * The planar point-mass arena, our own MJCF: a 0.05 m ball on two slide
 * joints (x, y) pushed by two motors, viscous joint damping, no gravity, in a
 * walled 2.2 m square. Markers for the start, the waypoint and the goal are
 * geoms without contacts (so the three.js view draws them); the obstacle
 * preset adds a solid pillar between start and goal.
 */

export type Layout = 'sequence' | 'reach' | 'obstacle';

export interface ArenaLayout {
  start: [number, number];
  /** Uniform start noise, ± metres per axis. */
  startNoise: number;
  waypoint: [number, number] | null;
  goal: [number, number];
  /** Pillar centre and radius (metres), or null. */
  obstacle: { at: [number, number]; radius: number } | null;
  /** Distance at which the waypoint or goal counts as reached, metres. */
  radius: number;
}

export const LAYOUTS: Record<Layout, ArenaLayout> = {
  sequence: { start: [-0.7, -0.6], startNoise: 0.1, waypoint: [0.6, -0.6], goal: [0.55, 0.6], obstacle: null, radius: 0.12 },
  reach: { start: [-0.7, -0.6], startNoise: 0.1, waypoint: null, goal: [0.55, 0.6], obstacle: null, radius: 0.12 },
  obstacle: { start: [-0.7, -0.6], startNoise: 0.25, waypoint: null, goal: [0.55, 0.6], obstacle: { at: [-0.07, 0.0], radius: 0.15 }, radius: 0.12 },
};

/** Ball radius (m), mass (kg), joint damping (N·s/m), motor gear (N per unit control). */
export const BALL = { radius: 0.05, mass: 0.5, damping: 1, gear: 1.5 };

const f = (v: number) => v.toFixed(3);
const marker = (name: string, [x, y]: [number, number], r: number, rgba: string) =>
  `<geom name="${name}" type="cylinder" pos="${f(x)} ${f(y)} 0.002" size="${f(r)} 0.002" rgba="${rgba}" contype="0" conaffinity="0"/>`;

/** The MJCF of a layout, with the control timestep split into `substeps` physics steps of `timestep` seconds. */
export function arenaXml(layout: ArenaLayout, timestep: number): string {
  const wall = (name: string, x: number, y: number, sx: number, sy: number) =>
    `<geom name="${name}" type="box" pos="${f(x)} ${f(y)} 0.05" size="${f(sx)} ${f(sy)} 0.05" rgba="0.55 0.58 0.62 1"/>`;
  const ob = layout.obstacle;
  return `<mujoco model="teacher-arena">
  <option timestep="${timestep}" gravity="0 0 0" integrator="implicitfast"/>
  <worldbody>
    <light pos="0 0 3" dir="0 0 -1"/>
    <geom name="floor" type="plane" size="1.2 1.2 0.1" rgba="0.93 0.93 0.9 1" contype="0" conaffinity="0"/>
    ${wall('wall_n', 0, 1.15, 1.2, 0.05)}
    ${wall('wall_s', 0, -1.15, 1.2, 0.05)}
    ${wall('wall_e', 1.15, 0, 0.05, 1.1)}
    ${wall('wall_w', -1.15, 0, 0.05, 1.1)}
    ${marker('start', layout.start, 0.1, '0.6 0.6 0.6 0.6')}
    ${layout.waypoint ? marker('waypoint', layout.waypoint, layout.radius, '0.95 0.6 0.1 0.8') : ''}
    ${marker('goal', layout.goal, layout.radius, '0.2 0.7 0.3 0.8')}
    ${ob ? `<geom name="obstacle" type="cylinder" pos="${f(ob.at[0])} ${f(ob.at[1])} 0.08" size="${f(ob.radius)} 0.08" rgba="0.75 0.2 0.2 1"/>` : ''}
    <body name="ball" pos="0 0 ${f(BALL.radius)}">
      <joint name="x" type="slide" axis="1 0 0" damping="${BALL.damping}"/>
      <joint name="y" type="slide" axis="0 1 0" damping="${BALL.damping}"/>
      <geom name="ball" type="sphere" size="${BALL.radius}" mass="${BALL.mass}" rgba="0.15 0.35 0.8 1"/>
    </body>
  </worldbody>
  <actuator>
    <motor name="fx" joint="x" gear="${BALL.gear}" ctrllimited="true" ctrlrange="-1 1"/>
    <motor name="fy" joint="y" gear="${BALL.gear}" ctrllimited="true" ctrlrange="-1 1"/>
  </actuator>
</mujoco>`;
}

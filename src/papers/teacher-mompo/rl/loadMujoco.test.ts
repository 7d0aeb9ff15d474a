import { describe, expect, it } from 'vitest';
import { loadMujoco } from './loadMujoco';

describe('loadMujoco', () => {
  it('loads once and steps a falling sphere', async () => {
    const mj = await loadMujoco();
    expect(await loadMujoco()).toBe(mj);
    const model = mj.MjModel.from_xml_string('<mujoco><option timestep="0.01"/><worldbody><body pos="0 0 1"><freejoint/><geom type="sphere" size="0.1"/></body></worldbody></mujoco>');
    const data = new mj.MjData(model);
    for (let i = 0; i < 10; i++) mj.mj_step(model, data);
    // Free fall for 0.1 s (semi-implicit Euler): z = 1 - g·dt²·(1+…+10) = 1 - 9.81·0.0001·55.
    expect(data.qpos[2]).toBeCloseTo(1 - 9.81 * 0.0001 * 55, 4);
    data.delete();
    model.delete();
  });
});

import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../core/params/presets';
import { teacherSchema } from '../params';
import { teacherPresets } from '../presets';
import { previewKey, teacherPreview, togetherActor } from './teacherPreview';
import { makeTeacher } from '../teachers';
import { LAYOUTS } from '../arena';

const preset = (name: string) => presetParams(teacherSchema, teacherPresets, name);

describe('teacherPreview', () => {
  it('point mass, sequence: the waypoint and goal teachers together reach the goal, each alone does not both', async () => {
    const pv = await teacherPreview(preset('default'));
    expect(pv.domain).toBe('pointMass');
    expect(pv.episodes.map((e) => e.name)).toEqual(['together', 'waypoint', 'goal', 'hold']);
    const together = pv.episodes[0].episode;
    expect(together.success).toBe(true);
    expect(together.xpos.length).toBeGreaterThan(2);
    expect(Object.keys(together.teachers)).toEqual(['waypoint', 'goal']);
    // Alone, the waypoint teacher stays at the waypoint and the goal teacher skips it: neither completes the sequence.
    for (const name of ['waypoint', 'goal', 'hold']) expect(pv.episodes.find((e) => e.name === name)!.episode.success).toBe(false);
    expect(pv.scene.geoms.length).toBeGreaterThan(4);
  });

  it('humanoid stand: from the default 0.05 rad joint noise the stand teacher keeps the torso up over its episode', async () => {
    const p = { ...preset('humanoid'), initNoise: 0.05 };
    const pv = await teacherPreview(p);
    expect(pv.episodes.map((e) => e.name)).toEqual(['stand']);
    const ep = pv.episodes[0].episode;
    expect(ep.xpos).toHaveLength(p.episodeLength + 1);
    const torsoZ = ep.xpos.map((f) => f[5]);
    expect(Math.min(...torsoZ)).toBeGreaterThan(1.2);
  });

  it('humanoid walk: the walk teacher moves the torso forward', async () => {
    const p = preset('humanoid-walk');
    const pv = await teacherPreview(p);
    expect(pv.episodes.map((e) => e.name)).toEqual(['walk']);
    const ep = pv.episodes[0].episode;
    const dist = Math.hypot(ep.xpos[ep.xpos.length - 1][3] - ep.xpos[0][3], ep.xpos[ep.xpos.length - 1][4] - ep.xpos[0][4]);
    expect(dist).toBeGreaterThan(1);
  });

  it('keys only on the fields the preview reads', () => {
    const p = preset('default');
    expect(previewKey({ ...p, policyLr: 0.005 })).toBe(previewKey(p));
    expect(previewKey({ ...p, composition: 'parallel' })).not.toBe(previewKey(p));
  });

  it('together: averages the forces of active teachers that speak for each force', () => {
    const opts = { std: 0.2, shortfall: 0, phased: false };
    const x = makeTeacher('x', LAYOUTS.reach, opts);
    const hold = makeTeacher('hold', LAYOUTS.reach, opts);
    const obs = new Float32Array(16).fill(0.1);
    const a = togetherActor([x, hold])(obs);
    const ax = x.act(obs).mean, ah = hold.act(obs).mean;
    expect(a[0]).toBeCloseTo((ax[0] + ah[0]) / 2, 6);
    expect(a[1]).toBeCloseTo(ah[1], 6);
  });
});

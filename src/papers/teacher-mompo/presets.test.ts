import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { ACME_MOMPO } from './rl/mompoLearner';
import { checkParams } from './experiment';
import { teacherSchema } from './params';
import { teacherPresets } from './presets';
import { activeTeachers } from './setup';

describe('teacherPresets', () => {
  it('are valid against the schema and pass the experiment\'s own checks', () => {
    expect(presetProblems(teacherSchema, teacherPresets)).toEqual([]);
    for (const name of Object.keys(teacherPresets)) expect(() => checkParams(presetParams(teacherSchema, teacherPresets, name)), name).not.toThrow();
  });

  it('the paper-like preset is acme\'s MO-MPO defaults', () => {
    const d = presetParams(teacherSchema, teacherPresets, 'paper-like');
    expect([d.batch, d.samples, d.nStep, d.discount, d.targetPeriod]).toEqual([512, ACME_MOMPO.samples, 5, ACME_MOMPO.discount, ACME_MOMPO.targetPeriod]);
    expect([d.policyLr, d.criticLr, d.dualLr, d.epsMean, d.epsStd, d.epsTask]).toEqual([ACME_MOMPO.policyLr, ACME_MOMPO.criticLr, ACME_MOMPO.dualLr, ACME_MOMPO.epsMean, ACME_MOMPO.epsStd, 0.1]);
  });

  it('the sequence presets use the waypoint and goal teachers, the parallel preset the x- and y-teachers', () => {
    expect(activeTeachers(presetParams(teacherSchema, teacherPresets, 'default')).map((t) => t.name)).toEqual(['waypoint', 'goal']);
    expect(activeTeachers(presetParams(teacherSchema, teacherPresets, 'parallel')).map((t) => t.name)).toEqual(['x', 'y']);
    expect(activeTeachers(presetParams(teacherSchema, teacherPresets, 'claims-cap')).map((t) => t.name)).toEqual(['goal']);
  });

  it('the humanoid presets pick the humanoid stand domain; the point-mass presets keep the point mass', () => {
    for (const n of ['humanoid-tiny', 'humanoid', 'humanoid-select', 'claims-stand']) expect(presetParams(teacherSchema, teacherPresets, n).domain, n).toBe('humanoidStand');
    for (const n of ['tiny', 'default', 'parallel', 'claims-sequence']) expect(presetParams(teacherSchema, teacherPresets, n).domain, n).toBe('pointMass');
  });

  it('the walk presets pick the walk domain with both teachers and the selection head', () => {
    for (const n of ['humanoid-walk-tiny', 'humanoid-walk', 'claims-walk']) {
      const p = presetParams(teacherSchema, teacherPresets, n);
      expect([p.domain, p.tStand, p.tWalk, p.selectTeachers], n).toEqual(['humanoidWalk', true, true, true]);
    }
    expect(presetParams(teacherSchema, teacherPresets, 'humanoid').tWalk).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { selectedTeacherObjective, type TeacherPolicy } from './objectives';

const tf = await initNodeBackend('wasm');

// A hand-made teacher whose log π_T(a | s) is just the first action coordinate.
const teacher: TeacherPolicy = {
  name: 'hand',
  act: () => ({ mean: new Float32Array(1), std: new Float32Array([1]) }),
  logProb: (_obs, actions) => tf.squeeze(actions, [2]) as import('@tensorflow/tfjs-core').Tensor2D,
};

describe('teacher gated by the choice head', () => {
  const obs = tf.zeros([2, 1]) as import('@tensorflow/tfjs-core').Tensor2D; // [B=2, O=1]
  const actions = tf.tensor3d([[[-2], [4]], [[-6], [1]], [[3], [-1]]]); // [N=3, B=2, A=1]: log π_T values
  const choices = tf.tensor2d([[1, 0], [0, 1], [1, 1]], [3, 2], 'int32'); // [N, B]

  it("scores log π_T where the sample chose this teacher and 0 elsewhere ('zero')", () => {
    const q = selectedTeacherObjective(teacher, 1, 0.1).qvalues({ obs, actions, clipped: actions, choices }).arraySync();
    expect(q).toEqual([[-2, 0], [0, 1], [3, -1]]);
    const q0 = selectedTeacherObjective(teacher, 0, 0.1).qvalues({ obs, actions, clipped: actions, choices }).arraySync();
    expect(q0).toEqual([[0, 4], [-6, 0], [0, 0]]);
  });

  it("scores off-choice samples at the state's mean log π_T ('mean')", () => {
    const q = selectedTeacherObjective(teacher, 1, 0.1, 'mean').qvalues({ obs, actions, clipped: actions, choices }).arraySync() as number[][];
    // State 0: log π_T = [-2, -6, 3], mean -5/3; state 1: [4, 1, -1], mean 4/3.
    const want = [[-2, 4 / 3], [-5 / 3, 1], [3, -1]];
    for (let n = 0; n < 3; n++) for (let b = 0; b < 2; b++) expect(q[n][b]).toBeCloseTo(want[n][b], 5);
  });

  it('refuses to run without sampled choices', () => {
    expect(() => selectedTeacherObjective(teacher, 0, 0.1).qvalues({ obs, actions, clipped: actions })).toThrow(/choice head/);
  });
});

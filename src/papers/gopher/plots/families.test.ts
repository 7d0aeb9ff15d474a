import { describe, expect, it } from 'vitest';
import { CHANCE, TASK_FAMILIES } from '../tasks';
import { familiesFigure } from './families';
import { TEST_RESULTS } from './testRecording';

describe('familiesFigure', () => {
  it('shows every family\'s chance level before any run, and the accuracies after', () => {
    const empty = familiesFigure({ artifacts: {} }).data;
    const chance = empty.filter((d) => d.name?.endsWith('chance'));
    expect(chance.map((d) => ('y' in d ? d.y : []))).toEqual(TASK_FAMILIES.map((f) => [CHANCE[f], CHANCE[f]]));
    const full = familiesFigure({ artifacts: { results: TEST_RESULTS } }).data;
    expect('y' in full[1] ? full[1].y : []).toEqual([0.3, 0.7]);
  });

  it('leaves out the chance lines when asked (a compared run\'s are the same)', () => {
    const { data } = familiesFigure({ artifacts: { results: TEST_RESULTS } }, { chance: false });
    expect(data.map((d) => d.name)).toEqual([...TASK_FAMILIES]);
  });
});

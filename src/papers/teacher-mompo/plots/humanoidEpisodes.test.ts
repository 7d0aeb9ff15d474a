import { describe, expect, it } from 'vitest';
import { episodeTrack, humanoidEpisodesFigure } from './humanoidEpisodes';
import { testEpisode } from './testRecording';
import { xy } from './xy';

describe('humanoidEpisodesFigure', () => {
  const ep = testEpisode(2, 0.025, (i) => (i === 0 ? [1, 1, 1.3] : [4, 5, 1.2]));

  it('episode track: time from dt, torso height and distance from the start', () => {
    expect(episodeTrack(ep)).toEqual({ t: [0, 0.025], height: [1.3, 1.2], distance: [0, 5] });
  });

  it('the agent\'s height and distance, then the teacher\'s, distance on the right axis', () => {
    const { data, layout } = humanoidEpisodesFigure(ep, ep, 'walk');
    expect(data.map((d) => d.name)).toEqual(['agent: torso height', 'agent: distance', 'walk teacher: torso height', 'walk teacher: distance']);
    expect(xy(data[1])).toEqual({ x: [0, 0.025], y: [0, 5] });
    expect(data.filter((d) => 'yaxis' in d && d.yaxis === 'y2')).toHaveLength(2);
    expect(layout?.yaxis2?.title).toEqual({ text: 'distance from start (m)' });
  });

  it('before any run, the teacher\'s alone', () => {
    expect(humanoidEpisodesFigure(null, ep, 'stand').data.map((d) => d.name)).toEqual(['stand teacher: torso height', 'stand teacher: distance']);
    expect(humanoidEpisodesFigure(null, null, 'stand').data).toEqual([]);
  });
});

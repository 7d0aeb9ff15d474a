/** The point mass's figure: the arena replaying one episode, picked by buttons (the agent's, or a teacher's own). */
import { useState } from 'react';
import { ArenaView } from './ArenaView';
import type { ArenaEpisode } from './arenaEpisodes';

export function ArenaFigure({ episodes, waiting }: { episodes: readonly ArenaEpisode[]; waiting: string }) {
  const [picked, setPicked] = useState<string | null>(null);
  const shown = episodes.find((e) => e.id === picked) ?? episodes[0] ?? null;
  return (
    <div className="teacher-figure">
      <div className="episode-picker" role="group" aria-label="Episode to replay">
        <span className="hint">Replay:</span>
        {episodes.map((e) => (
          <button key={e.id} type="button" aria-pressed={e === shown} data-testid={`arena-pick-${e.id}`} onClick={() => setPicked(e.id)}>{e.label}</button>
        ))}
      </div>
      <ArenaView scene={shown?.scene ?? null} episode={shown?.episode ?? null} caption={shown?.caption ?? waiting} />
    </div>
  );
}

/** Chunks and the neighbours each retrieves, the run each neighbour shares with its chunk marked, and its squared distance. */
import type { ReactNode } from 'react';
import { Highlighted } from './Highlighted';

export interface ChunkNeighbours {
  text: string;
  neighbours: readonly { entry: number; text: string; runStart: number; runLength: number; distance: number }[];
}

export function NeighbourTable({ testId, neighbourTestId, chunkHead, neighboursHead, chunks, tail }: {
  testId: string;
  /** Names each neighbour's row for tests. */
  neighbourTestId?: string;
  chunkHead: ReactNode;
  neighboursHead: ReactNode;
  chunks: readonly ChunkNeighbours[];
  /** A last row without neighbours (characters after the last complete chunk). */
  tail?: ReactNode;
}) {
  return (
    <table className="claims" data-testid={testId}>
      <thead>
        <tr><th>{chunkHead}</th><th>{neighboursHead}</th></tr>
      </thead>
      <tbody>
        {chunks.map((c, u) => (
          <tr key={u}>
            <td><code>{c.text}</code></td>
            <td>
              {c.neighbours.map((n) => (
                <div key={n.entry} data-testid={neighbourTestId}>
                  <Highlighted text={n.text} start={n.runStart} length={n.runLength} /> <span className="hint">d² = {n.distance.toFixed(2)}</span>
                </div>
              ))}
            </td>
          </tr>
        ))}
        {tail}
      </tbody>
    </table>
  );
}

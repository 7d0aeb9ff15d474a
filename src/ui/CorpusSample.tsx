/**
 * A sample of a panel's procedural corpus, shown before any run: the opening
 * documents of the run's own corpus (core/corpus/corpusOpening), each tagged
 * with its kind, and below them whatever the panel asks of that text (its
 * probes, a retrieval). Shared by the language-model panels.
 */
import type { ReactNode } from 'react';
import type { SampleDoc } from '../core/corpus/corpusOpening';
import './corpusSample.css';

export function CorpusSample({ docs, caption, children }: { docs: readonly SampleDoc[]; caption: ReactNode; children?: ReactNode }) {
  return (
    <div className="corpus-sample" data-testid="corpus-sample">
      <p className="hint">{caption}</p>
      <ol className="corpus-docs">
        {docs.map((d) => (
          <li key={d.start} data-kind={d.kind}>
            <span className="doc-kind">{d.kind}</span>
            <code>{d.text}</code>
          </li>
        ))}
      </ol>
      {children}
    </div>
  );
}

/** A panel's title, citation and link back home. */
import type { Citation } from '../core/paper';

export function PaperHeading({ title, citation }: { title: string; citation: Citation }) {
  return (
    <header className="paper-heading">
      <p className="crumbs"><a href="#/">← all papers</a></p>
      <h1>{title}</h1>
      <p className="cite">
        {citation.authors} ({citation.year}). <em>{citation.title}</em>.{' '}
        <a href={`https://arxiv.org/abs/${citation.arxiv}`} target="_blank" rel="noreferrer">arXiv:{citation.arxiv}</a>
      </p>
    </header>
  );
}

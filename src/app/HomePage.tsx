/** One card per paper; papers not built yet say so and are not links. */
import { CATALOG } from '../papers/catalog';

export function HomePage() {
  return (
    <main className="home">
      <section className="intro">
        <h1>Ten papers you can run</h1>
        <p>
          Each panel explains a paper, trains its models live in your browser on WebGPU, lets you change the
          hyperparameters while it runs, and checks the paper's claims at browser scale. Every run is a link:
          change a slider, press Share, and your colleague sees the same run.
        </p>
      </section>
      <ul className="cards">
        {CATALOG.map((p) => {
          const ready = Boolean(p.load);
          const body = (
            <>
              <h2>{p.name}</h2>
              <p className="cite">
                {p.citation.authors} {p.citation.year} · arXiv {p.citation.arxiv}
              </p>
              <p>{p.claim}</p>
              <span className={ready ? 'badge ready' : 'badge coming'}>{ready ? 'ready' : 'coming: not built yet'}</span>
            </>
          );
          return (
            <li key={p.slug} className={`card ${ready ? 'ready' : 'coming'}`} data-testid={`card-${p.slug}`} data-state={ready ? 'ready' : 'coming'}>
              {ready ? <a href={`#/${p.slug}`}>{body}</a> : <div aria-disabled="true">{body}</div>}
            </li>
          );
        })}
      </ul>
      <p className="footnote">
        New to this machine? The <a href="#/device">Device page</a> shows which backends your browser has and how fast they are.
      </p>
    </main>
  );
}

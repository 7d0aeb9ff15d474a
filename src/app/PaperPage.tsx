/** Loads a paper's definition and its panel lazily; says so plainly when a paper is not built. */
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import type { PaperDef } from '../core/paper';
import type { CatalogEntry } from '../papers/catalog';
import { PageRunContext, PageRunSlot } from '../ui/PageRunContext';
import { RunTools } from '../ui/RunTools';
import { useScrollToLinkedSection } from '../ui/Section';
import { OfflineTools } from './offline/OfflineTools';

type Loaded = { paper: PaperDef; Panel: ComponentType<{ paper: PaperDef }> };

export function PaperPage({ entry, embed = false }: { entry: CatalogEntry; /** No notebook tools (embed=1). */ embed?: boolean }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const slot = useMemo(() => new PageRunSlot(), []);
  const [error, setError] = useState<string | null>(null);
  useScrollToLinkedSection(loaded !== null);
  useEffect(() => {
    let alive = true;
    if (!entry.load) return;
    (async () => {
      const paper = await entry.load!();
      const { default: Panel } = await paper.panel();
      if (alive) setLoaded({ paper, Panel: Panel as ComponentType<{ paper: PaperDef }> });
    })().catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
  }, [entry]);

  if (!entry.load) {
    return (
      <main className="panel">
        <h1>{entry.name}</h1>
        <p>
          This panel is not built yet. The paper: {entry.citation.authors} ({entry.citation.year}),{' '}
          <em>{entry.citation.title}</em>, arXiv {entry.citation.arxiv}.
        </p>
        <p><a href="#/">Back to the papers</a></p>
      </main>
    );
  }
  if (error) return <main className="panel"><p role="alert">The panel failed to load: {error}</p></main>;
  if (!loaded) return <main className="panel"><p>Loading {entry.name}…</p></main>;
  return (
    <PageRunContext.Provider value={slot}>
      {embed ? null : <RunTools extra={<OfflineTools slug={entry.slug} />} />}
      <loaded.Panel paper={loaded.paper} />
    </PageRunContext.Provider>
  );
}

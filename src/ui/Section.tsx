/**
 * A panel section with its own link anchor: `#/<slug>/<id>?<settings>` opens the
 * panel scrolled to it. The heading's "#" points the address bar at the section
 * without reloading, so a run in progress goes on.
 */
import { useEffect, type ReactNode } from 'react';
import { useLink } from './LinkContext';

export function Section({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  const link = useLink();
  return (
    <section id={id} className={className}>
      <h2>
        {title}{' '}
        <a
          className="anchor"
          href={link.sectionHref(id)}
          aria-label="Link to this section"
          onClick={(e) => {
            e.preventDefault();
            link.showSection(id);
          }}
        >
          #
        </a>
      </h2>
      {children}
    </section>
  );
}

/** Scrolls to the link's section once the panel has drawn it (the panel and its sections load lazily). */
export function useScrollToLinkedSection(ready: boolean): void {
  const { section } = useLink();
  useEffect(() => {
    if (!ready || !section) return;
    let tries = 0;
    const id = setInterval(() => {
      const el = document.getElementById(section);
      if (el || ++tries > 50) {
        clearInterval(id);
        el?.scrollIntoView({ block: 'start' });
      }
    }, 100);
    return () => clearInterval(id);
  }, [ready, section]);
}

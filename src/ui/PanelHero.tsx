/**
 * A panel's first screen (DESIGN.md, "The first screen"): its main figure,
 * with the run bar, the key controls and the folded "More settings" beside it
 * on a wide screen and below it on a narrow one. The prose follows the hero.
 */
import type { ReactNode } from 'react';

export function PanelHero({ figure, controls }: { figure: ReactNode; controls: ReactNode }) {
  return (
    <section className="hero" id="figure" aria-label="Figure and controls">
      <div className="hero-figure">{figure}</div>
      <aside className="hero-controls" id="controls">{controls}</aside>
    </section>
  );
}

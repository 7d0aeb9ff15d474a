/**
 * The two sections every panel ends with (DESIGN.md "Every panel"): the
 * Reproduce section, whose claims run live, and the panel's own words on
 * what browser scale can and cannot show (the children).
 */
import type { ReactNode } from 'react';
import type { Claim } from '../core/claims';
import { Reproduce } from './Reproduce';

export function PanelClosing({ paper, children }: { paper: { slug: string; claims: readonly Claim[] }; children: ReactNode }) {
  return (
    <>
      <section id="reproduce">
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <section className="prose" id="limits">
        <h2>What browser scale can and cannot show</h2>
        {children}
      </section>
    </>
  );
}

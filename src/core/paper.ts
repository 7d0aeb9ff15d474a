/**
 * What a paper folder's index.ts exports. It stays free of React at run time
 * (the panel is a lazy import), so the worker, Node tests and the claims CLI
 * can load it.
 */
import type { BackendName } from './backend/backendNames';
import type { Claim } from './claims';
import type { ArtifactTypes, ExperimentDef } from './experiment';
import type { Schema } from './params/schema';

export interface Citation {
  authors: string;
  year: number;
  title: string;
  arxiv: string;
}

/** A paper is its experiment (schema, presets, generator; experiment.ts) plus what the page and the CLI show. */
export interface PaperDef<S extends Schema = Schema, A extends object = ArtifactTypes, M extends string = string> extends ExperimentDef<S, A, M> {
  slug: string;
  title: string;
  citation: Citation;
  /** One line, our words: the claim a reader can check here. */
  summary: string;
  /** Backends the experiment runs on (default: all); others fall back with a notice. */
  backends?: readonly BackendName[];
  /** tfjs kernels the experiment needs; checked at start, missing ones force a fallback. */
  kernels?: readonly string[];
  claims: readonly Claim[];
  /** Preset and step count for `npm run bench`; absent means not benchmarked. */
  bench?: { preset: string; steps: number };
  /** The panel module, loaded when the page opens; its default export is the React component. */
  panel: () => Promise<{ default: PanelComponent<PaperDef<S, A, M>> }>;
}

/**
 * A panel as core sees it: a function of its paper. The app renders it as a
 * React component (app/PaperPage.tsx); core itself stays free of React.
 */
export type PanelComponent<Paper> = (props: { paper: Paper }) => unknown;

/** Checks nothing at run time; gives `defineSchema`-style inference to index.ts files. */
export function definePaper<S extends Schema, A extends object, M extends string>(paper: PaperDef<S, A, M>): PaperDef<S, A, M> {
  return paper;
}

/**
 * The catalog holds papers of different schemas side by side. Each panel gets
 * its own typed definition back through PaperPage, so erasing the schema here
 * loses nothing a caller can use.
 */
export function erasePaper<S extends Schema, A extends object, M extends string>(paper: PaperDef<S, A, M>): PaperDef {
  return paper as unknown as PaperDef;
}

/** The paper type of an experiment definition: what its Panel receives. */
export type PaperOf<D> = D extends ExperimentDef<infer S, infer A, infer M> ? PaperDef<S, A, M> : never;

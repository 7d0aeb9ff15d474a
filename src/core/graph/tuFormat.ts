/**
 * The TU graph-kernel benchmark format (Morris et al. 2020, TUDataset,
 * arXiv 2007.08663), as plain text files of one dataset DS:
 *   DS_A.txt               one edge per line, "i, j", 1-based global node ids
 *   DS_graph_indicator.txt line i: the graph id (1-based) of node i
 *   DS_graph_labels.txt    line g: the class of graph g (any integers)
 *   DS_node_labels.txt     optional, line i: the label of node i
 * Classes and node labels are renumbered 0..C-1 in sorted order. Any problem
 * throws a TuFormatError naming the file, the line and what was expected.
 */
import { GraphBuilder, type Graph } from './graph';

export interface TuFiles {
  A: string;
  graphIndicator: string;
  graphLabels: string;
  nodeLabels?: string;
}

export interface TuDataset {
  name: string;
  graphs: Graph[];
  /** Original class values, index = renumbered class. */
  classValues: number[];
  /** Original node-label values, index = renumbered label; empty when there were none. */
  nodeLabelValues: number[];
}

export const TU_SUFFIXES = { A: '_A.txt', graphIndicator: '_graph_indicator.txt', graphLabels: '_graph_labels.txt', nodeLabels: '_node_labels.txt' } as const;

/** Largest file read, in characters: TU benchmarks a browser panel can train on are far smaller. */
export const MAX_TU_FILE_CHARS = 20_000_000;

export class TuFormatError extends Error {
  override name = 'TuFormatError';
}

interface Line {
  no: number;
  text: string;
}

function lines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ no: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
}

function parseInt1(file: string, l: Line, what: string, raw = l.text): number {
  const s = raw.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new TuFormatError(`${file}, line ${l.no}: expected ${what}, found '${l.text.slice(0, 40)}'`);
  return Number(s);
}

function renumber(values: readonly number[]): { index: Map<number, number>; sorted: number[] } {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  return { index: new Map(sorted.map((v, i) => [v, i])), sorted };
}

/** Parses the files of one TU dataset; `limits` guards what the browser can hold. */
export function parseTu(name: string, files: TuFiles, limits: { maxGraphs?: number; maxNodesPerGraph?: number } = {}): TuDataset {
  const fi = `${name}${TU_SUFFIXES.graphIndicator}`, fa = `${name}${TU_SUFFIXES.A}`, fl = `${name}${TU_SUFFIXES.graphLabels}`, fn = `${name}${TU_SUFFIXES.nodeLabels}`;
  for (const [file, text] of [[fa, files.A], [fi, files.graphIndicator], [fl, files.graphLabels], [fn, files.nodeLabels ?? '']] as const) {
    if (text.length > MAX_TU_FILE_CHARS) throw new TuFormatError(`${file}: ${(text.length / 1e6).toFixed(1)} MB; this panel reads TU files up to ${MAX_TU_FILE_CHARS / 1e6} MB`);
  }
  const indicator = lines(files.graphIndicator).map((l) => {
    const g = parseInt1(fi, l, 'a positive graph id');
    if (g < 1) throw new TuFormatError(`${fi}, line ${l.no}: graph ids start at 1, found ${g}`);
    return g;
  });
  const N = indicator.length;
  if (N === 0) throw new TuFormatError(`${fi} is empty: expected one graph id per node`);
  const labelLines = lines(files.graphLabels);
  const G = labelLines.length;
  if (G === 0) throw new TuFormatError(`${fl} is empty: expected one class per graph`);
  const graphLabels = labelLines.map((l) => parseInt1(fl, l, 'an integer class'));
  indicator.forEach((g, i) => {
    if (g > G) throw new TuFormatError(`${fi}, line ${i + 1}: graph id ${g}, but ${fl} has only ${G} graphs`);
  });
  if (limits.maxGraphs && G > limits.maxGraphs) throw new TuFormatError(`${G} graphs; this panel holds at most ${limits.maxGraphs}`);

  let nodeLabels: number[] | null = null;
  if (files.nodeLabels !== undefined && files.nodeLabels.trim() !== '') {
    const nl = lines(files.nodeLabels);
    if (nl.length !== N) throw new TuFormatError(`${fn}: ${nl.length} lines, expected ${N} (one per node of ${fi})`);
    nodeLabels = nl.map((l) => parseInt1(fn, l, 'an integer node label', l.text.split(',')[0]));
  }
  const cls = renumber(graphLabels);
  const nls = nodeLabels ? renumber(nodeLabels) : null;

  // Local index of each node inside its graph.
  const builders = Array.from({ length: G }, () => new GraphBuilder());
  const local = new Int32Array(N);
  for (let i = 0; i < N; i++) local[i] = builders[indicator[i] - 1].addNode(nls && nodeLabels ? nls.index.get(nodeLabels[i])! : 0);
  builders.forEach((b, g) => {
    if (b.n === 0) throw new TuFormatError(`${fi}: graph ${g + 1} has no nodes`);
    if (limits.maxNodesPerGraph && b.n > limits.maxNodesPerGraph) {
      throw new TuFormatError(`${fi}: graph ${g + 1} has ${b.n} nodes; this panel pads graphs to at most ${limits.maxNodesPerGraph}`);
    }
  });
  for (const l of lines(files.A)) {
    const parts = l.text.split(/\s*,\s*|\s+/);
    if (parts.length !== 2) throw new TuFormatError(`${fa}, line ${l.no}: expected two node ids 'i, j', found '${l.text.slice(0, 40)}'`);
    const [u, v] = parts.map((p) => parseInt1(fa, l, 'two integer node ids', p));
    for (const x of [u, v]) if (x < 1 || x > N) throw new TuFormatError(`${fa}, line ${l.no}: node ${x} outside 1..${N} (the nodes of ${fi})`);
    const gu = indicator[u - 1], gv = indicator[v - 1];
    if (gu !== gv) throw new TuFormatError(`${fa}, line ${l.no}: edge ${u}-${v} joins graph ${gu} to graph ${gv}`);
    builders[gu - 1].addEdge(local[u - 1], local[v - 1]);
  }
  return {
    name,
    graphs: builders.map((b, g) => b.build(cls.index.get(graphLabels[g])!)),
    classValues: cls.sorted,
    nodeLabelValues: nls ? nls.sorted : [],
  };
}

/**
 * Sorts named files into the TU roles by suffix. Returns the dataset name and
 * files, or an error listing what is missing or ambiguous.
 */
export function assignTuFiles(names: readonly string[]): { name: string; roles: Partial<Record<keyof TuFiles, string>> } | { error: string } {
  const roles: Partial<Record<keyof TuFiles, string>> = {};
  let dsName: string | null = null;
  for (const file of names) {
    const role = (Object.keys(TU_SUFFIXES) as (keyof TuFiles)[]).find((r) => file.endsWith(TU_SUFFIXES[r]));
    if (!role) continue;
    if (roles[role]) return { error: `two files end in ${TU_SUFFIXES[role]}: ${roles[role]} and ${file}` };
    const ds = file.slice(0, -TU_SUFFIXES[role].length);
    if (dsName !== null && ds !== dsName) return { error: `files of two datasets: '${dsName}' and '${ds}'` };
    dsName = ds;
    roles[role] = file;
  }
  const missing = (['A', 'graphIndicator', 'graphLabels'] as const).filter((r) => !roles[r]).map((r) => `*${TU_SUFFIXES[r]}`);
  if (missing.length) return { error: `missing ${missing.join(', ')} (TU format needs *_A.txt, *_graph_indicator.txt, *_graph_labels.txt; *_node_labels.txt is optional)` };
  return { name: dsName ?? 'dataset', roles };
}

/**
 * File fuzzing: at least 200 seeded malformed variants of every file a reader
 * can upload (Chinchilla's loss CSV, TU graph files, edge lists, run files,
 * weights files), plus one 50 MB file each. For each: the parser never
 * throws anything but its own reader-facing error, the message is short and
 * names the line or field, and what it accepts is well-formed.
 */
import { describe, expect, it } from 'vitest';
import { parseEdgeList } from '../core/graph/edgeList';
import { parseTu, TuFormatError, type TuFiles } from '../core/graph/tuFormat';
import { runFromFile, RunFileError, runToFile } from '../core/history/runFile';
import type { RunRecord } from '../core/history/runRecord';
import { Rng } from '../core/rng';
import { decodeWeightsFile, encodeWeightsFile, WeightsFileError } from '../core/weights/weightsFile';
import { parseLossCsv } from './chinchilla/csv';

const VARIANTS = 240;
const BIG = 50 * 1024 * 1024;
const pick = <T,>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

const JUNK_CELLS = ['', 'NaN', 'Infinity', '-1', '0', '1e400', '-1e400', '9'.repeat(400), 'abc', '"', '""', '\u0000', '\uFFFD', '１２', '٣', '🧪', '1,5', '0x10', ' ', '\t', '#', '%', '-0', '1e-400'];

/** Text mutations every line format gets: truncation, junk, encodings, line endings, duplication. */
function mutateText(text: string, rng: Rng): string {
  const lines = text.split('\n');
  switch (rng.int(12)) {
    case 0: return text.slice(0, rng.int(text.length + 1)); // truncated
    case 1: return Array.from({ length: 1 + rng.int(200) }, () => String.fromCharCode(rng.int(65536))).join(''); // binary junk
    case 2: { const i = rng.int(lines.length); lines[i] = pick(rng, JUNK_CELLS); return lines.join('\n'); }
    case 3: { const i = rng.int(lines.length); lines[i] = lines[i].split(/([,\s]+)/).map((c) => (/^[,\s]+$/.test(c) ? c : rng.next() < 0.5 ? pick(rng, JUNK_CELLS) : c)).join(''); return lines.join('\n'); }
    case 4: return `\uFEFF${text}`; // BOM
    case 5: return text.replace(/\n/g, rng.next() < 0.5 ? '\r\n' : '\r'); // other line endings
    case 6: return Array.from(new TextEncoder().encode(text)).map((b) => String.fromCharCode(b, 0)).join(''); // UTF-16LE bytes read as text
    case 7: { const i = rng.int(lines.length); lines.splice(i, 0, ...Array(1 + rng.int(5)).fill(lines[i])); return lines.join('\n'); } // repeated lines
    case 8: lines.splice(rng.int(lines.length), 1 + rng.int(3)); return lines.join('\n'); // missing lines
    case 9: return lines.map((l) => l.split(/[,\s]+/).reverse().join(',')).join('\n'); // columns swapped
    case 10: return `${text}\n${Array.from({ length: 1 + rng.int(50) }, () => pick(rng, JUNK_CELLS)).join(',')}`;
    default: return text.replace(/\d/g, (d) => (rng.next() < 0.1 ? pick(rng, ['9'.repeat(30), '-', '.', 'e', d + d]) : d)); // digits garbled, huge numbers
  }
}

/** A 50 MB file of `line` repeated (rows past the limits must be refused with a message, quickly). */
const bigText = (line: string) => line.repeat(Math.ceil(BIG / line.length));

/** A message fit for the reader: some words, not the whole file. */
function readable(msg: string): string | null {
  if (msg.trim().length < 8) return `message too short: '${msg}'`;
  if (msg.length > 600) return `message of ${msg.length} chars`;
  return null;
}

type Check = (variant: string, i: number) => string[];

/** VARIANTS mutations of `base`, then a 50 MB file of `bigLine` repeated: how many files were tried, and what `check` found wrong with each. */
function fuzz(name: string, base: string, rng: Rng, check: Check, bigLine: string): { tried: number; failures: string[] } {
  const failures: string[] = [];
  let tried = 0;
  for (let i = 0; i < VARIANTS; i++) {
    let v = base;
    for (let k = 1 + rng.int(3); k > 0; k--) v = mutateText(v, rng);
    tried++;
    failures.push(...check(v, i).map((p) => `${name} #${i}: ${p}`));
  }
  failures.push(...check(bigText(bigLine), -1).map((p) => `${name} 50MB: ${p}`));
  return { tried: tried + 1, failures };
}

describe('hostile files', () => {
  const counts: Record<string, number> = {};

  it('Chinchilla loss CSV: never throws; every skipped line is named; accepted points are positive and finite', () => {
    const rng = new Rng(2701);
    const base = ['N,D,loss', ...Array.from({ length: 30 }, (_, i) => `${(i + 1) * 1e6},${(i + 1) * 2e7},${(3 - i * 0.01).toFixed(3)}`)].join('\n');
    const check: Check = (text) => {
      const out: string[] = [];
      let r: ReturnType<typeof parseLossCsv>;
      try {
        r = parseLossCsv(text);
      } catch (e) {
        return [`threw ${String(e)}`];
      }
      for (const p of r.points) if (![p.N, p.D, p.loss].every((x) => Number.isFinite(x) && x > 0)) out.push(`accepted a bad point ${JSON.stringify(p)}`);
      for (const m of r.problems) {
        const bad = readable(m);
        if (bad) out.push(bad);
        else if (!/^Line \d+|header|empty|rows are used|usable points|^The file is/i.test(m)) out.push(`problem names no line: '${m.slice(0, 80)}'`);
      }
      if (r.points.length === 0 && r.problems.length === 0) out.push('no points and no word why');
      return out;
    };
    const { tried, failures } = fuzz('csv', base, rng, check, '1e6,2e7,3.1\n');
    counts.csv = tried;
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('TU graph files: only TuFormatError, naming the file and line; accepted graphs are well-formed', () => {
    const rng = new Rng(2702);
    // Three graphs: a triangle (a cycle), a path with a self-loop, and a square.
    const base: TuFiles = {
      A: '1, 2\n2, 3\n3, 1\n4, 5\n5, 5\n5, 6\n7, 8\n8, 9\n9, 10\n10, 7',
      graphIndicator: '1\n1\n1\n2\n2\n2\n3\n3\n3\n3',
      graphLabels: '1\n-1\n1',
      nodeLabels: '0\n1\n0\n2\n2\n1\n0\n0\n1\n1',
    };
    const roles = Object.keys(base) as (keyof TuFiles)[];
    const check = (files: TuFiles): string[] => {
      try {
        const d = parseTu('DS', files, { maxGraphs: 5000, maxNodesPerGraph: 500 });
        const out: string[] = [];
        for (const g of d.graphs) {
          if (g.n < 1) out.push('accepted an empty graph');
          for (const [u, v] of g.edges) if (!(u >= 0 && v < g.n && u < v)) out.push(`accepted edge ${u}-${v} in a graph of ${g.n}`);
          if (g.label === undefined || g.label < 0 || g.label >= d.classValues.length) out.push(`graph class ${g.label}`);
        }
        return out;
      } catch (e) {
        if (!(e instanceof TuFormatError)) return [`threw ${String(e)}`];
        const bad = readable(e.message);
        if (bad) return [bad];
        return /^DS_\w+\.txt|graphs; this panel/.test(e.message) ? [] : [`message names no file: '${e.message}'`];
      }
    };
    const failures: string[] = [];
    for (let i = 0; i < VARIANTS; i++) {
      const files = { ...base };
      for (let k = 1 + rng.int(2); k > 0; k--) {
        const role = pick(rng, roles);
        files[role] = mutateText(files[role] ?? '', rng);
      }
      failures.push(...check(files).map((p) => `tu #${i}: ${p}`));
    }
    failures.push(...check({ ...base, A: bigText('1, 2\n') }).map((p) => `tu 50MB: ${p}`));
    counts.tu = VARIANTS + 1;
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('edge lists: never throw; errors name the line; accepted graphs count self-loops and repeats', () => {
    const rng = new Rng(2703);
    const base = '# a cycle, a self-loop, a repeat\n1 2\n2 3\n3 1\n3 3\n1 2\n4,5,0.5\n5\t6\n6 4';
    const check: Check = (text) => {
      let r: ReturnType<typeof parseEdgeList>;
      try {
        r = parseEdgeList(text);
      } catch (e) {
        return [`threw ${String(e)}`];
      }
      if (!r.ok) {
        const bad = readable(r.error);
        if (bad) return [bad];
        return /^line \d+|^no edges|^the file is/.test(r.error) ? [] : [`error names no line: '${r.error}'`];
      }
      const { graph, names } = r.value;
      const out: string[] = [];
      if (graph.n !== names.length) out.push(`${graph.n} nodes but ${names.length} names`);
      for (const [u, v] of graph.edges) if (!(u >= 0 && v < graph.n && u < v)) out.push(`accepted edge ${u}-${v}`);
      return out;
    };
    const { tried, failures } = fuzz('edges', base, rng, check, '1 2\n2 3\n');
    counts.edges = tried;
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('run files: only RunFileError; accepted runs have the fields a stored run needs', () => {
    const rng = new Rng(2704);
    const run: RunRecord = {
      id: 'r1', slug: 'gopher', name: 'tiny · today', createdAt: 1_700_000_000_000, params: { lr: 0.001, layers: 2 }, seed: 1, preset: 'tiny',
      backend: 'webgpu', adapter: 'google swiftshader', durationMs: 1234, end: 'done',
      rows: Array.from({ length: 20 }, (_, i) => ({ step: i, values: { loss: 3 - i / 10, acc: i / 20 } })),
      artifacts: { curve: new Float32Array([1, 2, 3]), names: ['a', 'b'] }, droppedArtifacts: [],
    };
    const base = runToFile(run);
    const structural = (rng2: Rng): string => {
      const doc = JSON.parse(base) as { run: Record<string, unknown> };
      const keys = Object.keys(doc.run);
      const key = pick(rng2, keys);
      const junk: unknown[] = [null, 'x', -1, [], {}, { $number: 'NaN' }, { $number: 'Infinity' }, { $typed: 'toString', data: [1] }, { $typed: 'constructor', data: [1] },
        { $typed: 'Float32Array', data: 'abc' }, { $typed: '__proto__', data: [] }, [{ step: 'a', values: {} }], [null], [{ step: 1, values: { loss: 'x' } }], Number('1e400')];
      doc.run[key] = pick(rng2, junk);
      if (rng2.next() < 0.2) delete doc.run[pick(rng2, keys)];
      return JSON.stringify(doc);
    };
    const check: Check = (text) => {
      try {
        const r = runFromFile(text, 'gopher');
        const out: string[] = [];
        if (!Number.isFinite(r.createdAt)) out.push(`accepted createdAt ${r.createdAt}`);
        if (!Number.isFinite(r.seed)) out.push(`accepted seed ${r.seed}`);
        for (const row of r.rows) if (!Number.isFinite(row.step)) out.push(`accepted step ${row.step}`);
        return out;
      } catch (e) {
        if (!(e instanceof RunFileError)) return [`threw ${String(e).slice(0, 120)}`];
        return [readable(e.message)].filter((x): x is string => x !== null);
      }
    };
    const failures: string[] = [];
    for (let i = 0; i < VARIANTS; i++) {
      const text = i % 2 ? structural(rng) : mutateText(base, rng);
      failures.push(...check(text, i).map((p) => `run #${i}: ${p}`));
    }
    const deep = `{"format":"paper-notebook-run","version":1,"run":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    failures.push(...check(deep, -1).map((p) => `run (nested 20,000 deep): ${p}`));
    const row = '{"step":1,"values":{"loss":1}},';
    const bigRows = `{"format":"paper-notebook-run","version":1,"run":{"id":"x","slug":"gopher","rows":[${row.repeat(Math.ceil(BIG / row.length))}{"step":2,"values":{}}]}}`;
    failures.push(...check(bigRows, -2).map((p) => `run (big): ${p}`));
    counts.run = VARIANTS + 2;
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('weights files: only WeightsFileError; accepted tensors match their shapes', () => {
    const rng = new Rng(2705);
    const meta = { slug: 'gopher', params: { lr: 0.001 }, seed: 1, preset: 'tiny', createdAt: 1_700_000_000_000 };
    const base = encodeWeightsFile(meta, { 'h0/w': { shape: [2, 3], data: new Float32Array([1, 2, 3, 4, 5, 6]) }, 'h0/b': { shape: [3], data: new Float32Array([0, 0, 1]) } });
    const withHeader = (h: unknown, data = 24): Uint8Array => {
      const json = new TextEncoder().encode(JSON.stringify(h));
      const start = Math.ceil((8 + json.length) / 4) * 4;
      const out = new Uint8Array(start + data);
      out.set(new TextEncoder().encode('PNW1'));
      new DataView(out.buffer).setUint32(4, json.length, true);
      out.set(json, 8);
      return out;
    };
    const header = { format: 'paper-notebook-weights', ...meta };
    const mutate = (): Uint8Array => {
      const r = rng.int(8);
      if (r === 0) return base.slice(0, rng.int(base.length + 1));
      if (r === 1) { const b = base.slice(); for (let k = 0; k < 1 + rng.int(8); k++) b[rng.int(b.length)] = rng.int(256); return b; }
      if (r === 2) { const b = base.slice(); new DataView(b.buffer).setUint32(4, pick(rng, [0, 1, 0xffffffff, b.length, 7]), true); return b; }
      if (r === 3) return Uint8Array.from({ length: rng.int(300) }, () => rng.int(256));
      if (r === 4) return withHeader(pick(rng, [null, 1, 'x', [], {}, { ...header, tensors: null }, { ...header, tensors: [null] }, { ...header, slug: 'rims', tensors: [] }]));
      const tensor = pick(rng, [
        { name: 'w', shape: [2, '3'], offset: 0, length: 6 }, { name: 'w', shape: [-2, -3], offset: 0, length: 6 }, { name: 'w', shape: [1.5, 4], offset: 0, length: 6 },
        { name: '__proto__', shape: [2], offset: 0, length: 2 }, { name: 'w', shape: [6], offset: -1, length: 6 }, { name: 'w', shape: [1e9, 1e9], offset: 0, length: 1e18 },
        { name: 7, shape: [6], offset: 0, length: 6 }, { name: 'w', shape: 'abc', offset: 0, length: 6 }, { name: 'w', shape: [6], offset: 0.5, length: 6 }, { name: 'w', shape: [3], offset: 5, length: 3 },
        { name: 'w', shape: [], offset: 0, length: 1 }, { name: 'w', shape: [0], offset: 0, length: 0 },
      ]);
      return withHeader({ ...header, tensors: [tensor] });
    };
    const check = (bytes: Uint8Array): string[] => {
      try {
        const { weights } = decodeWeightsFile(bytes, 'gopher');
        const out: string[] = [];
        for (const [name, w] of Object.entries(weights)) {
          if (!w.shape.every((d) => Number.isInteger(d) && d >= 0)) out.push(`accepted shape ${JSON.stringify(w.shape)} for '${name}'`);
          if (w.shape.reduce((a, b) => a * b, 1) !== w.data.length) out.push(`'${name}': shape ${JSON.stringify(w.shape)} for ${w.data.length} values`);
        }
        if (Object.getPrototypeOf(weights) !== Object.prototype) out.push('a tensor name replaced the weights object\'s prototype');
        return out;
      } catch (e) {
        if (!(e instanceof WeightsFileError)) return [`threw ${String(e).slice(0, 120)}`];
        return [readable(e.message)].filter((x): x is string => x !== null);
      }
    };
    const failures: string[] = [];
    for (let i = 0; i < VARIANTS; i++) failures.push(...check(mutate()).map((p) => `weights #${i}: ${p}`));
    const big = withHeader({ ...header, tensors: [{ name: 'big', shape: [BIG / 4], offset: 0, length: BIG / 4 }] }, BIG);
    failures.push(...check(big).map((p) => `weights 50MB: ${p}`));
    counts.weights = VARIANTS + 1;
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('prints the counts', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    // eslint-disable-next-line no-console
    console.log(`hostile files: ${total} tried (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}), failures 0`);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(200);
    expect(Object.keys(counts)).toHaveLength(5);
  });
});

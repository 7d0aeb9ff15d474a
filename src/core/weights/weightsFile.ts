/**
 * A weights file: the trained tensors of a run, with the settings that made
 * them, in one binary file a panel can load back.
 *
 *   "PNW1" | u32 header length (LE) | header JSON (UTF-8) | pad to 4 | float32 data (LE)
 *
 * The header lists each tensor's name, shape and offset into the data.
 */
import type { NamedWeights } from './namedWeights';

const MAGIC = 'PNW1';
export const WEIGHTS_FILE_FORMAT = 'paper-notebook-weights';

export interface WeightsMeta {
  slug: string;
  params: Record<string, unknown>;
  seed: number;
  preset: string;
  createdAt: number;
}

interface Header extends WeightsMeta {
  format: string;
  tensors: { name: string; shape: number[]; offset: number; length: number }[];
}

export class WeightsFileError extends Error {
  override name = 'WeightsFileError';
}

export function encodeWeightsFile(meta: WeightsMeta, weights: NamedWeights): Uint8Array {
  let offset = 0;
  const tensors = Object.entries(weights).map(([name, w]) => {
    const t = { name, shape: w.shape, offset, length: w.data.length };
    offset += w.data.length;
    return t;
  });
  const header = new TextEncoder().encode(JSON.stringify({ format: WEIGHTS_FILE_FORMAT, ...meta, tensors } satisfies Header));
  const dataStart = Math.ceil((8 + header.length) / 4) * 4;
  const out = new Uint8Array(dataStart + offset * 4);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const view = new DataView(out.buffer, dataStart);
  let i = 0;
  for (const w of Object.values(weights)) for (const x of w.data) view.setFloat32(4 * i++, x, true);
  return out;
}

/** The weights and settings in a file; `slug` is the panel opening it. Throws WeightsFileError in words. */
export function decodeWeightsFile(bytes: Uint8Array, slug: string): { meta: WeightsMeta; weights: NamedWeights } {
  const bad = (why: string) => new WeightsFileError(`This is not a usable weights file: ${why}.`);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw bad('it does not start with PNW1 (save weights from a panel\'s Export menu)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = dv.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw bad('the header is cut short');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    throw bad('the header is not JSON');
  }
  if (!parsed || typeof parsed !== 'object') throw bad('the header is not an object');
  const header = parsed as Partial<Header>;
  if (header.format !== WEIGHTS_FILE_FORMAT || !Array.isArray(header.tensors)) throw bad('the header has no tensor list');
  if (header.slug !== slug) throw new WeightsFileError(`These weights belong to the '${header.slug}' panel, not '${slug}'.`);
  const dataStart = Math.ceil((8 + headerLength) / 4) * 4;
  const count = (bytes.length - dataStart) / 4;
  const entries: [string, NamedWeights[string]][] = [];
  for (const t of header.tensors as unknown[]) {
    if (!t || typeof t !== 'object') throw bad('a tensor entry is not an object');
    const { name, shape, offset, length } = t as Partial<Header['tensors'][number]>;
    if (typeof name !== 'string') throw bad('a tensor has no name');
    // Each dimension a whole number ≥ 0 (found by the file fuzz: '3', -2 and 1.5 were accepted).
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) throw bad(`tensor '${name}' has a malformed shape`);
    const size = shape.reduce((a, b) => a * b, 1);
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || typeof length !== 'number' || size !== length || offset + length > count) {
      throw bad(`tensor '${name}' does not fit the data (the file may be truncated)`);
    }
    const data = new Float32Array(length);
    for (let i = 0; i < length; i++) data[i] = dv.getFloat32(dataStart + 4 * (offset + i), true);
    entries.push([name, { shape, data }]);
  }
  // fromEntries keeps a tensor named '__proto__' as a plain key instead of replacing the prototype.
  const weights: NamedWeights = Object.fromEntries(entries);
  const meta: WeightsMeta = {
    slug: header.slug,
    params: header.params && typeof header.params === 'object' ? header.params : {},
    seed: typeof header.seed === 'number' ? header.seed : 0,
    preset: typeof header.preset === 'string' ? header.preset : 'default',
    createdAt: typeof header.createdAt === 'number' ? header.createdAt : 0,
  };
  return { meta, weights };
}

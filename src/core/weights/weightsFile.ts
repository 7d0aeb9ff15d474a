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
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    throw bad('the header is not JSON');
  }
  if (header.format !== WEIGHTS_FILE_FORMAT || !Array.isArray(header.tensors)) throw bad('the header has no tensor list');
  if (header.slug !== slug) throw new WeightsFileError(`These weights belong to the '${header.slug}' panel, not '${slug}'.`);
  const dataStart = Math.ceil((8 + headerLength) / 4) * 4;
  const count = (bytes.length - dataStart) / 4;
  const weights: NamedWeights = {};
  for (const t of header.tensors) {
    const size = Array.isArray(t.shape) ? t.shape.reduce((a, b) => a * b, 1) : NaN;
    if (typeof t.name !== 'string' || !Number.isInteger(t.offset) || size !== t.length || t.offset < 0 || t.offset + t.length > count) {
      throw bad(`tensor '${String(t.name)}' does not fit the data (the file may be truncated)`);
    }
    const data = new Float32Array(t.length);
    for (let i = 0; i < t.length; i++) data[i] = dv.getFloat32(dataStart + 4 * (t.offset + i), true);
    weights[t.name] = { shape: t.shape, data };
  }
  const meta: WeightsMeta = {
    slug: header.slug,
    params: header.params && typeof header.params === 'object' ? header.params : {},
    seed: typeof header.seed === 'number' ? header.seed : 0,
    preset: typeof header.preset === 'string' ? header.preset : 'default',
    createdAt: typeof header.createdAt === 'number' ? header.createdAt : 0,
  };
  return { meta, weights };
}

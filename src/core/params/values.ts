/**
 * Reading and writing one field's value as link text: the shared rules of the
 * link codec, the tweak list and the number boxes. Never throws: a malformed
 * value falls back, an out-of-range one is clamped, and either says so.
 */
import { MAX_SEED } from '../rng';
import type { Field } from './schema';

export interface Notice {
  key: string;
  message: string;
}

/** Short faithful text for a number: 0.001, 1e-7, 256, 5e8, 5.76e23. */
export function formatNumber(x: number): string {
  const v = Number(x.toPrecision(12));
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) return v.toExponential().replace('e+', 'e');
  return String(v);
}

type Parsed = { value: unknown; notice?: string };

function describe(f: Field, v: unknown): string {
  return f.kind === 'number' || f.kind === 'int' || f.kind === 'seed' ? formatNumber(v as number) : String(v);
}

function clampNumber(f: Field & { min: number; max: number }, x: number, raw: string): Parsed {
  if (x < f.min) return { value: f.min, notice: `${f.label}: ${raw} is below the minimum; using ${formatNumber(f.min)}` };
  if (x > f.max) return { value: f.max, notice: `${f.label}: ${raw} is above the maximum; using ${formatNumber(f.max)}` };
  return { value: x };
}

/** Parses one raw URL value for a field; `fallback` is used when it is malformed. */
export function parseValue(f: Field, raw: string, fallback: unknown): Parsed {
  const malformed = (what: string): Parsed => ({
    value: fallback,
    notice: `${f.label}: '${raw}' is not ${what}; using ${describe(f, fallback)}`,
  });
  switch (f.kind) {
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return malformed('true/false (1 or 0)');
    case 'choice':
      return f.options.some((o) => o.value === raw)
        ? { value: raw }
        : malformed(`one of ${f.options.map((o) => o.value).join(', ')}`);
    case 'number': {
      const x = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(x)) return malformed('a number');
      return clampNumber(f, x, raw);
    }
    case 'int':
    case 'seed': {
      const x = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(x)) return malformed('a whole number');
      const range = f.kind === 'seed' ? { ...f, min: 0, max: MAX_SEED } : f;
      const clamped = clampNumber(range, Math.round(x), raw);
      if (!clamped.notice && !Number.isInteger(x)) {
        return { value: clamped.value, notice: `${f.label}: ${raw} is not a whole number; using ${clamped.value}` };
      }
      return clamped;
    }
  }
}


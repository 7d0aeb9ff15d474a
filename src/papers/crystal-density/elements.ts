/**
 * The elements our prototypes use, with what the density needs: atomic number
 * Z (the official code weights each Gaussian by Z), a covalent radius (Å,
 * standard tables) that sets the Gaussian's width, and a display colour
 * (CPK-like). Class 0 of a label grid is background; element e is class e + 1.
 */

export interface Element {
  symbol: string;
  Z: number;
  /** Covalent radius, Å. */
  radius: number;
  color: number;
}

export const ELEMENTS: readonly Element[] = [
  { symbol: 'Li', Z: 3, radius: 1.28, color: 0xcc80ff },
  { symbol: 'C', Z: 6, radius: 0.76, color: 0x505050 },
  { symbol: 'O', Z: 8, radius: 0.66, color: 0xff2010 },
  { symbol: 'F', Z: 9, radius: 0.57, color: 0x90e050 },
  { symbol: 'Na', Z: 11, radius: 1.66, color: 0xab5cf2 },
  { symbol: 'Mg', Z: 12, radius: 1.41, color: 0x8aff00 },
  { symbol: 'Al', Z: 13, radius: 1.21, color: 0xbfa6a6 },
  { symbol: 'Si', Z: 14, radius: 1.11, color: 0xf0c8a0 },
  { symbol: 'S', Z: 16, radius: 1.05, color: 0xffff30 },
  { symbol: 'Cl', Z: 17, radius: 1.02, color: 0x1ff01f },
  { symbol: 'K', Z: 19, radius: 2.03, color: 0x8f40d4 },
  { symbol: 'Ca', Z: 20, radius: 1.76, color: 0x3dff00 },
  { symbol: 'Ti', Z: 22, radius: 1.6, color: 0xbfc2c7 },
  { symbol: 'Fe', Z: 26, radius: 1.32, color: 0xe06633 },
  { symbol: 'Cu', Z: 29, radius: 1.32, color: 0xc88033 },
  { symbol: 'Zn', Z: 30, radius: 1.22, color: 0x7d80b0 },
  { symbol: 'Ge', Z: 32, radius: 1.2, color: 0x668f8f },
  { symbol: 'Br', Z: 35, radius: 1.2, color: 0xa62929 },
  { symbol: 'Sr', Z: 38, radius: 1.95, color: 0x00ff00 },
  { symbol: 'Cs', Z: 55, radius: 2.44, color: 0x57178f },
  { symbol: 'Ba', Z: 56, radius: 2.15, color: 0x00c900 },
];

/** Classes of a label grid: background plus one per element. */
export const NUM_CLASSES = ELEMENTS.length + 1;

const bySymbol = new Map(ELEMENTS.map((e, i) => [e.symbol, i]));

/** Index of an element by symbol; throws on a symbol we do not know (a table error). */
export function elementIndex(symbol: string): number {
  const i = bySymbol.get(symbol);
  if (i === undefined) throw new Error(`unknown element ${symbol}`);
  return i;
}

/** Gaussian width σ (Å) of an element's density: grows with its covalent radius. */
export function sigmaOf(e: number): number {
  return 0.3 + 0.2 * ELEMENTS[e].radius;
}

/** Integral of an element's density (its "weight"): Z / 10, so grids stay near 1. */
export function weightOf(e: number): number {
  return ELEMENTS[e].Z / 10;
}

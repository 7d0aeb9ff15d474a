/** Human-readable counts for parameters, tokens and FLOPs: 40.4B, 1.4T, 5.76e23. */
export function formatCount(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [u, s] of units) {
    if (Math.abs(x) >= u && Math.abs(x) < u * 1e4) return `${Number((x / u).toPrecision(digits))}${s}`;
  }
  if (Math.abs(x) >= 1e16) return x.toExponential(digits - 1).replace('e+', 'e');
  return String(Number(x.toPrecision(digits)));
}

export function formatFlops(x: number): string {
  return x.toExponential(2).replace('e+', 'e');
}

export function percentDiff(ours: number, paper: number): string {
  const d = (100 * (ours - paper)) / paper;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}

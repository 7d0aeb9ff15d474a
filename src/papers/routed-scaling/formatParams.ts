/** Parameter counts for labels: 5M, 55.3M, 1.3B, 937B, 1e+15. */
export function formatParams(n: number): string {
  if (!(n > 0) || !Number.isFinite(n)) return '–';
  const [scale, unit] = n >= 1e9 ? [1e9, 'B'] : n >= 1e6 ? [1e6, 'M'] : n >= 1e3 ? [1e3, 'k'] : [1, ''];
  const v = n / scale;
  if (v >= 1e4) return n.toExponential(1);
  return `${v >= 100 ? v.toFixed(0) : Number(v.toPrecision(3))}${unit}`;
}

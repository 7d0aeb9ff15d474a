/**
 * Huber loss (Huber 1964): quadratic within delta of zero, linear outside,
 * so outliers pull a fit with bounded force. Same convention as
 * scipy.special.huber, which the Chinchilla re-fits use.
 */

export function huber(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** d huber / d r: r inside the quadratic zone, +-delta outside. */
export function huberGrad(r: number, delta: number): number {
  return r > delta ? delta : r < -delta ? -delta : r;
}

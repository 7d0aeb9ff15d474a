/**
 * The tfjs-free half of a scripted controller: the `Ops` interface it is
 * written against, plain-number ops, and its action on one observation.
 * Node tools that must not load tfjs (the teacher trainer and its workers)
 * import this file; `controllerOps.ts` adds the tfjs batch path.
 */

export interface Ops<V> {
  c(x: number): V;
  add(...xs: V[]): V;
  sub(a: V, b: V): V;
  mul(a: V, b: V): V;
  scale(a: V, k: number): V;
  relu(a: V): V;
  clip(a: V, lo: number, hi: number): V;
}

/** A controller: observation columns by name → one mean action per actuator. */
export type Controller = <V>(o: Ops<V>, col: (name: string) => V) => V[];

export const jsOps: Ops<number> = {
  c: (x) => x,
  add: (...xs) => xs.reduce((s, x) => s + x, 0),
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  scale: (a, k) => a * k,
  relu: (a) => Math.max(0, a),
  clip: (a, lo, hi) => Math.min(hi, Math.max(lo, a)),
};

/** Column index of every observation name. */
export function columnIndex(names: readonly string[]): Map<string, number> {
  return new Map(names.map((n, i) => [n, i]));
}

export function lookup(index: Map<string, number>, name: string): number {
  const i = index.get(name);
  if (i === undefined) throw new Error(`controller reads '${name}', which the observation does not have`);
  return i;
}

/** The controller's unclipped output for one observation. */
export function rawJs(ctrl: Controller, index: Map<string, number>, obs: ArrayLike<number>): number[] {
  return ctrl(jsOps, (name) => obs[lookup(index, name)]);
}

/** The controller's mean action for one observation, clipped to [-1, 1]. */
export function controllerMeanJs(ctrl: Controller, index: Map<string, number>, obs: ArrayLike<number>): Float32Array {
  return Float32Array.from(rawJs(ctrl, index, obs), (x) => Math.min(1, Math.max(-1, x)));
}

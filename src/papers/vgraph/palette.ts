/** Community colours: Tableau 10, then evenly spaced hues. */
const TABLEAU = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function communityColour(k: number): string {
  return k < TABLEAU.length ? TABLEAU[k] : `hsl(${(k * 137.5) % 360}, 55%, 50%)`;
}

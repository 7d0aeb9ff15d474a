/** Accuracy gained from the smallest to the largest model, per task family, largest first (the paper's §4.3 question). */
import type { Data } from 'plotly.js-dist-min';
import type { ModelResult } from '../experiment';
import { TASK_FAMILIES, type TaskFamily } from '../tasks';

export function familyGains(results: readonly ModelResult[]): { family: TaskFamily; gain: number }[] | null {
  if (results.length < 2) return null;
  const first = results[0], last = results[results.length - 1];
  return TASK_FAMILIES.map((f) => ({ family: f, gain: last.scores[f] - first.scores[f] })).sort((a, b) => b.gain - a.gain);
}

export function gainTraces(results: readonly ModelResult[]): Data[] {
  const gains = familyGains(results);
  if (!gains) return [];
  return [{ type: 'bar', x: gains.map((g) => g.family), y: gains.map((g) => 100 * g.gain), name: 'gain', marker: { color: gains.map((g) => (g.gain >= 0 ? '#1f5fbf' : '#b3261e')) } }];
}

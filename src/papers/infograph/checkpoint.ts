/**
 * What an InfoGraph checkpoint holds beside the model's weights: the
 * optimiser's state and the probe results measured so far (the untrained
 * encoder's, and InfoGraph's once the last epoch is scored), so a run resumed
 * after a lost GPU device (RunContext.resumeAfter) needs neither again.
 */
import type { ProbeResult } from '../../core/graph/linearProbe';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { numbersFromWeight, numbersToWeight } from '../../core/weights/exactNumbers';

export const CHECKPOINT_ADAM = 'infograph.adam.';
const PROBE = { untrained: 'infograph.probe.untrained', infograph: 'infograph.probe.infograph' } as const;

/** [mean, std, folds, ...perFold, ...chosenLambdas], exactly. */
function probeToWeight(r: ProbeResult) {
  return numbersToWeight([r.mean, r.std, r.perFold.length, ...r.perFold, ...r.chosenLambdas]);
}

function probeFromWeight(state: NamedWeights, name: string): ProbeResult | null {
  const all = numbersFromWeight(state[name]);
  const folds = all?.[2] ?? -1;
  if (!all || !Number.isInteger(folds) || folds < 0 || all.length !== 3 + 2 * folds) return null;
  return { mean: all[0], std: all[1], perFold: all.slice(3, 3 + folds), chosenLambdas: all.slice(3 + folds) };
}

export function probesToCheckpoint(untrained: ProbeResult, infograph: ProbeResult | null): NamedWeights {
  return { [PROBE.untrained]: probeToWeight(untrained), ...(infograph ? { [PROBE.infograph]: probeToWeight(infograph) } : {}) };
}

/** The probes a checkpoint holds; null when it lacks the untrained one. */
export function probesFromCheckpoint(state: NamedWeights): { untrained: ProbeResult; infograph: ProbeResult | null } | null {
  const untrained = probeFromWeight(state, PROBE.untrained);
  return untrained && { untrained, infograph: probeFromWeight(state, PROBE.infograph) };
}

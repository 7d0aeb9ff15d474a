/**
 * A tiny transformer LM whose every FFN is a mixture of E experts, or the
 * dense model when E = 1 (Clark et al. 2022, arXiv 2202.01169: the E = 1
 * model is the dense baseline, and N counts the dense model's parameters).
 */
import { TransformerLM, type LMConfig } from '../../core/lm';
import type { Rng } from '../../core/rng';
import { moeFeedForward, MoeFeedForward, type MoeOptions, type MoeTuning } from './moeFeedForward';

export interface RoutedModel {
  model: TransformerLM;
  /** The MoE layers, bottom to top; empty for the dense model. */
  moes: MoeFeedForward[];
  /** Hands every MoE layer the settings of the next steps (a no-op for the dense model). */
  tune(t: MoeTuning): void;
  dispose(): void;
}

export function routedModel(cfg: LMConfig, moe: MoeOptions, rng: Rng): RoutedModel {
  const model = moe.experts > 1 ? new TransformerLM(cfg, rng, { ffn: moeFeedForward(moe) }) : new TransformerLM(cfg, rng);
  const moes = model.blocks.map((b) => b.ffn).filter((f): f is MoeFeedForward => f instanceof MoeFeedForward);
  return {
    model,
    moes,
    tune(t) {
      for (const m of moes) m.tune(t);
    },
    dispose() {
      for (const m of moes) m.dispose();
      model.dispose();
    },
  };
}

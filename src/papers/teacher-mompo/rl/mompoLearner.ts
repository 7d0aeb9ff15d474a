/**
 * The MO-MPO learner (Abdolmaleki, Huang et al. 2020; acme
 * `agents/tf/mompo/learning.py`): a Gaussian policy, one critic head per
 * reward objective trained by n-step TD against target networks, one
 * temperature per objective, and the decoupled M-step. Objectives are a list
 * of pluggable objects (objectives.ts): reward objectives get a critic head,
 * Q-value objectives (teachers) bring their own Q.
 *
 * One `update` = critic step + policy/dual step on a replay batch; target
 * networks are hard-copied every `targetPeriod` updates.
 *
 * Optional teacher selection (`teacherChoices: K > 0`, Mishra et al. 2023's
 * humanoid): a categorical head over K choices joins the policy,
 * π(a, c | s) = N(a | s) · Cat(c | s). The E-step samples c with a from the
 * target heads (objectives see them as `SampledActions.choices`), and the
 * M-step adds the categorical cross-entropy under its own KL bound ε_choice
 * (categoricalMStep.ts). With K = 0 nothing of this is built or drawn.
 */
import * as tf from '@tensorflow/tfjs-core';
import { AdamW } from '../../../core/nn/adamw';
import { createWeight, type Weight } from '../../../core/nn/weight';
import { gradientStep } from '../../../core/train/gradientStep';
import type { Rng } from '../../../core/rng';
import { categoricalEntropy, gumbelNoise, sampleChoices } from './categorical';
import { categoricalMStepLoss } from './categoricalMStep';
import { ChoicePolicy } from './choicePolicy';
import { normalNoise, sample } from './diagGaussian';
import { GaussianPolicy, type PolicyConfig } from './gaussianPolicy';
import { Mlp } from './mlp';
import { PolicyDualOptimizer } from './policyDualOptimizer';
import { eStepWeights, MIN_LOG_TEMPERATURE, mStepLoss, positive, temperatureLoss, weightsKl } from './mompoLoss';
import type { Objective, RewardObjective, SampledActions } from './objectives';
import type { Batch } from './replay';

export interface MompoConfig {
  obsSize: number;
  actionSize: number;
  policyHidden: number[];
  criticHidden: number[];
  initStd: number;
  minStd: number;
  /** Actions sampled per state for the E-step and the critic target (acme: 20). */
  samples: number;
  discount: number;
  /** Updates between hard target-network copies (acme: 200). */
  targetPeriod: number;
  policyLr: number;
  criticLr: number;
  dualLr: number;
  /** Global-norm gradient clip (acme: 40); 0 turns it off. */
  clipNorm: number;
  epsMean: number;
  epsStd: number;
  initLogTemperature: number;
  initLogAlphaMean: number;
  initLogAlphaStd: number;
  /** Size K of the teacher-choice head; 0 or absent: no head (the learner is unchanged). */
  teacherChoices?: number;
  /** Hidden sizes of the choice head (default: policyHidden). */
  choiceHidden?: number[];
  /** KL bound of the choice head's M-step, KL(π_old ‖ π_θ) ≤ ε (default: ACME_CHOICE). */
  epsChoice?: number;
  /** Initial raw α of that bound (default: ACME_CHOICE). */
  initLogAlphaChoice?: number;
}

/**
 * The settings an update may take afresh (a reader's live change between two
 * updates): the learning rates, the M-step's KL bounds and the target period.
 * Those not given keep the config's values.
 */
export type MompoLiveSettings = Partial<Pick<MompoConfig, 'policyLr' | 'criticLr' | 'dualLr' | 'epsMean' | 'epsStd' | 'targetPeriod'>>;

/** acme's categorical MPO defaults (jax `CategoricalPolicyLossConfig`: epsilon_policy, init_log_alpha). */
export const ACME_CHOICE = { epsChoice: 0.0025, initLogAlphaChoice: 3 };

/** acme clips the categorical α's raw value at this floor. */
const MIN_LOG_ALPHA = -18;

/** acme's MO-MPO defaults (facts file §1a); network sizes are ours. */
export const ACME_MOMPO: Omit<MompoConfig, 'obsSize' | 'actionSize'> = {
  policyHidden: [64, 64], criticHidden: [64, 64], initStd: 0.7, minStd: 1e-4,
  samples: 20, discount: 0.99, targetPeriod: 200,
  policyLr: 1e-4, criticLr: 1e-4, dualLr: 1e-2, clipNorm: 40,
  epsMean: 1e-3, epsStd: 1e-6, initLogTemperature: 1, initLogAlphaMean: 1, initLogAlphaStd: 10,
};

export interface UpdateStats {
  criticLoss: number;
  /** Per objective, by name: temperature η_k and KL(q_k ‖ π_old) of its weights. */
  temperature: Record<string, number>;
  kl: Record<string, number>;
  /** Mean over action dims of the M-step's KL to π_old (mean part, std part). */
  klMean: number;
  klStd: number;
  alphaMean: number;
  alphaStd: number;
  /** With a choice head: its M-step KL(π_old ‖ π_θ), its α, and the mean entropy of the online head. */
  klChoice?: number;
  alphaChoice?: number;
  choiceEntropy?: number;
}

export class MompoLearner {
  readonly config: MompoConfig;
  readonly objectives: Objective[];
  readonly rewardObjectives: RewardObjective[];
  readonly policy: GaussianPolicy;
  readonly targetPolicy: GaussianPolicy;
  readonly critic: Mlp | null;
  readonly targetCritic: Mlp | null;
  /** The teacher-choice head and its target, when `teacherChoices > 0`. */
  readonly choiceHead: ChoicePolicy | null;
  readonly targetChoiceHead: ChoicePolicy | null;
  private readonly rawAlphaChoice: Weight | null;
  private readonly temperatures: Weight[];
  private readonly rawAlphaMean: Weight;
  private readonly rawAlphaStd: Weight;
  private readonly policyOpt: AdamW;
  private readonly criticOpt: AdamW | null;
  private readonly dualOpt: AdamW;
  private readonly rng: Rng;
  private updates = 0;

  constructor(config: MompoConfig, objectives: Objective[], rng: Rng) {
    if (!objectives.length) throw new Error('MO-MPO needs at least one objective');
    this.config = config;
    this.objectives = objectives;
    this.rewardObjectives = objectives.filter((o): o is RewardObjective => o.kind === 'reward');
    this.rng = rng.fork('sampling');
    const pc: PolicyConfig = { obsSize: config.obsSize, actionSize: config.actionSize, hidden: config.policyHidden, initStd: config.initStd, minStd: config.minStd };
    this.policy = new GaussianPolicy('policy', pc, rng.fork('policy'));
    this.targetPolicy = new GaussianPolicy('targetPolicy', pc, rng.fork('policy'));
    const K = this.rewardObjectives.length;
    const cSizes = [config.obsSize + config.actionSize, ...config.criticHidden, K];
    this.critic = K ? new Mlp('critic', cSizes, rng.fork('critic')) : null;
    this.targetCritic = K ? new Mlp('targetCritic', cSizes, rng.fork('critic')) : null;
    const A = config.actionSize;
    const constant = (name: string, shape: number[], v: number): Weight => {
      const p = createWeight(name, shape, { kind: 'zeros' }, rng, false);
      tf.tidy(() => p.variable.assign(tf.fill(shape, v)));
      return p;
    };
    this.temperatures = objectives.map((o) => constant(`temperature.${o.name}`, [], config.initLogTemperature));
    this.rawAlphaMean = constant('alphaMean', [A], config.initLogAlphaMean);
    this.rawAlphaStd = constant('alphaStd', [A], config.initLogAlphaStd);
    const choices = config.teacherChoices ?? 0;
    if (!Number.isInteger(choices) || choices < 0) throw new Error(`teacherChoices must be a whole number ≥ 0, got ${choices}`);
    if (choices > 0) {
      const cc = { obsSize: config.obsSize, choices, hidden: config.choiceHidden ?? config.policyHidden };
      this.choiceHead = new ChoicePolicy('choice', cc, rng.fork('choice'));
      this.targetChoiceHead = new ChoicePolicy('targetChoice', cc, rng.fork('choice'));
      this.rawAlphaChoice = constant('alphaChoice', [], config.initLogAlphaChoice ?? ACME_CHOICE.initLogAlphaChoice);
    } else {
      this.choiceHead = null;
      this.targetChoiceHead = null;
      this.rawAlphaChoice = null;
    }
    this.policyOpt = new AdamW([...this.policy.weights, ...(this.choiceHead?.weights ?? [])], { beta2: 0.999, weightDecay: 0 });
    this.criticOpt = this.critic ? new AdamW(this.critic.weights, { beta2: 0.999, weightDecay: 0 }) : null;
    this.dualOpt = new AdamW([...this.temperatures, this.rawAlphaMean, this.rawAlphaStd, ...(this.rawAlphaChoice ? [this.rawAlphaChoice] : [])], { beta2: 0.999, weightDecay: 0 });
    this.syncTargets();
  }

  get updateCount(): number {
    return this.updates;
  }

  /** The order of the columns of a replay batch's `returns`. */
  get rewardNames(): string[] {
    return this.rewardObjectives.map((o) => o.reward);
  }

  /** Named tensors for weight files: online policy, critic, and the choice head when there is one. */
  get namedWeights(): Weight[] {
    return [...this.policy.weights, ...(this.critic?.weights ?? []), ...(this.choiceHead?.weights ?? [])];
  }

  syncTargets(): void {
    tf.tidy(() => {
      this.targetPolicy.copyFrom(this.policy);
      if (this.critic && this.targetCritic) this.targetCritic.copyFrom(this.critic);
      if (this.choiceHead && this.targetChoiceHead) this.targetChoiceHead.copyFrom(this.choiceHead);
    });
  }

  /** Q [N, B, K] of actions [N, B, A] at obs [B, O] from a critic. */
  private q(net: Mlp, obs: tf.Tensor2D, actions: tf.Tensor3D): tf.Tensor3D {
    const [N, B, A] = actions.shape;
    const O = obs.shape[1];
    const tiled = tf.reshape(tf.tile(tf.expandDims(obs, 0), [N, 1, 1]), [N * B, O]); // [N*B, O]
    const x = tf.concat([tiled, tf.reshape(actions, [N * B, A])], 1) as tf.Tensor2D; // [N*B, O+A]
    return tf.reshape(net.apply(x), [N, B, -1]);
  }

  private clip(a: tf.Tensor3D): tf.Tensor3D {
    return tf.clipByValue(a, -1, 1);
  }

  /** The config with the given live settings in place of its own. */
  private settings(live: MompoLiveSettings | undefined): MompoConfig {
    if (!live) return this.config;
    const c = { ...this.config };
    for (const k of ['policyLr', 'criticLr', 'dualLr', 'epsMean', 'epsStd', 'targetPeriod'] as const) {
      const v = live[k];
      if (v !== undefined) c[k] = v;
    }
    return c;
  }

  /** One learner step on a replay batch, with `live` settings in place of the config's where given. */
  async update(batch: Batch, live?: MompoLiveSettings): Promise<UpdateStats> {
    const c = this.settings(live);
    const B = batch.size;
    const O = c.obsSize;
    const A = c.actionSize;
    const K = this.rewardObjectives.length;
    const N = c.samples;
    const noiseA = normalNoise(this.rng, N * B * A);
    const noiseB = normalNoise(this.rng, N * B * A);
    const C = this.choiceHead ? this.choiceHead.config.choices : 0;
    const gumbel = C ? gumbelNoise(this.rng, N * B * C) : null; // drawn after the Gaussian noise: K = 0 leaves the stream as it was
    const kept: tf.Tensor[] = [];
    const stats = tf.tidy(() => {
      const obs = tf.tensor2d(batch.obs, [B, O]);
      const action = tf.tensor2d(batch.action, [B, A]);
      const next = tf.tensor2d(batch.next, [B, O]);
      const tp = this.targetPolicy.apply(obs);
      const actions = sample(tp.mean, tp.std, N, noiseA); // [N, B, A]
      const clipped = this.clip(actions);
      const targetLogits = this.targetChoiceHead ? this.targetChoiceHead.apply(obs) : null; // [B, C]
      const choices = targetLogits && gumbel ? sampleChoices(targetLogits, N, gumbel) : null; // [N, B]
      const sampled: SampledActions = choices ? { obs, actions, clipped, choices } : { obs, actions, clipped };
      // Critic: n-step TD target with the expected target Q over N actions of π_old at s'.
      let criticLoss: tf.Scalar = tf.scalar(0);
      if (this.critic && this.targetCritic && this.criticOpt) {
        const tp2 = this.targetPolicy.apply(next);
        const next2 = this.clip(sample(tp2.mean, tp2.std, N, noiseB));
        const bootstrap = tf.mean(this.q(this.targetCritic, next, next2), 0); // [B, K]
        const returns = tf.tensor2d(batch.returns, [B, K]);
        const discount = tf.tensor2d(batch.discount, [B, 1]);
        const y = tf.add(returns, tf.mul(discount, bootstrap)); // [B, K]
        const critic = this.critic;
        // The gradients are clipped by their global norm before Adam (not inside its fused update), as this learner always did.
        criticLoss = gradientStep(this.criticOpt, critic.weights.map((p) => p.variable), c.criticLr, () => {
          const qsa = tf.reshape(this.q(critic, obs, tf.expandDims(action, 0) as tf.Tensor3D), [B, K]); // [B, K]
          const loss = tf.mul(0.5, tf.mean(tf.sum(tf.square(tf.sub(qsa, y)), 1))) as tf.Scalar;
          return { loss, report: loss };
        }, { clipNorm: c.clipNorm, clipBeforeUpdate: true });
        kept.push(criticLoss);
      }
      // E-step: Q-values per objective on the same samples; weights are constants for the M-step.
      const qCritic = this.targetCritic ? this.q(this.targetCritic, obs, clipped) : null; // [N, B, K]
      const qs = this.objectives.map((o) => {
        if (o.kind === 'qvalue') return o.qvalues(sampled);
        const k = this.rewardObjectives.indexOf(o);
        return tf.reshape(tf.slice(qCritic as tf.Tensor3D, [0, 0, k], [N, B, 1]), [N, B]) as tf.Tensor2D;
      });
      const weights = qs.map((q, k) => eStepWeights(q, positive(this.temperatures[k].variable))); // [N, B] each
      const summed = tf.addN(weights) as tf.Tensor2D; // [N, B]
      const policyVars = [...this.policy.weights, ...(this.choiceHead?.weights ?? [])].map((p) => p.variable);
      const dualVars = [...this.temperatures, this.rawAlphaMean, this.rawAlphaStd, ...(this.rawAlphaChoice ? [this.rawAlphaChoice] : [])].map((p) => p.variable);
      // One backward pass through the M-step and the temperature duals; the policy's Adam (its gradients
      // clipped by their own norm) and the duals' Adam (at the dual rate) each take their part.
      const opt = new PolicyDualOptimizer(this.policyOpt, policyVars, this.dualOpt, dualVars, c.dualLr);
      // The report: the M-step's KLs to π_old (mean part, std part, and the choice head's when there is one).
      const mKl = gradientStep(opt, [...policyVars, ...dualVars], c.policyLr, () => {
        const m = mStepLoss({
          online: this.policy.apply(obs), target: tp, actions, weights: summed,
          rawAlphaMean: this.rawAlphaMean.variable, rawAlphaStd: this.rawAlphaStd.variable, epsMean: c.epsMean, epsStd: c.epsStd,
        });
        const kls = [tf.mean(m.klMean), tf.mean(m.klStd)];
        const temp = this.objectives.map((o, k) => temperatureLoss(qs[k], positive(this.temperatures[k].variable), o.epsilon));
        const total = tf.add(m.loss, tf.addN(temp)) as tf.Scalar;
        if (!(this.choiceHead && this.rawAlphaChoice && targetLogits && choices)) return { loss: total, report: tf.stack(kls) };
        const mc = categoricalMStepLoss({
          online: this.choiceHead.apply(obs), target: targetLogits, choices, weights: summed,
          rawAlpha: this.rawAlphaChoice.variable, epsilon: c.epsChoice ?? ACME_CHOICE.epsChoice,
        });
        return { loss: tf.add(total, mc.loss) as tf.Scalar, report: tf.stack([...kls, mc.kl]) };
      }, { clipNorm: c.clipNorm });
      kept.push(mKl);
      const [klMean, klStd, klChoice] = tf.unstack(mKl);
      for (const t of this.temperatures) t.variable.assign(tf.maximum(t.variable, MIN_LOG_TEMPERATURE));
      if (this.rawAlphaChoice) this.rawAlphaChoice.variable.assign(tf.maximum(this.rawAlphaChoice.variable, MIN_LOG_ALPHA));
      const row = [
        criticLoss, klMean, klStd, tf.mean(positive(this.rawAlphaMean.variable)), tf.mean(positive(this.rawAlphaStd.variable)),
        ...this.temperatures.map((t) => positive(t.variable)), ...weights.map((w) => weightsKl(w)),
      ];
      if (this.choiceHead && this.rawAlphaChoice && klChoice) {
        row.push(klChoice, positive(this.rawAlphaChoice.variable), tf.mean(categoricalEntropy(this.choiceHead.apply(obs))));
      }
      return tf.stack(row.map((t) => tf.reshape(t, []))); // [5 + 2·objectives]
    });
    tf.dispose(kept);
    const v = await stats.data();
    stats.dispose();
    this.updates++;
    if (this.updates % c.targetPeriod === 0) this.syncTargets();
    const J = this.objectives.length;
    const out: UpdateStats = {
      criticLoss: v[0], klMean: v[1], klStd: v[2], alphaMean: v[3], alphaStd: v[4],
      temperature: Object.fromEntries(this.objectives.map((o, k) => [o.name, v[5 + k]])),
      kl: Object.fromEntries(this.objectives.map((o, k) => [o.name, v[5 + J + k]])),
    };
    if (C) Object.assign(out, { klChoice: v[5 + 2 * J], alphaChoice: v[6 + 2 * J], choiceEntropy: v[7 + 2 * J] });
    return out;
  }

  dispose(): void {
    this.policy.dispose();
    this.targetPolicy.dispose();
    this.critic?.dispose();
    this.targetCritic?.dispose();
    this.choiceHead?.dispose();
    this.targetChoiceHead?.dispose();
    for (const p of [...this.temperatures, this.rawAlphaMean, this.rawAlphaStd, ...(this.rawAlphaChoice ? [this.rawAlphaChoice] : [])]) p.variable.dispose();
    this.policyOpt.dispose();
    this.criticOpt?.dispose();
    this.dualOpt.dispose();
  }
}

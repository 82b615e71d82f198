/**
 * Training: one step = forward, label-smoothed loss, backward, optional gradient clipping, Adam at
 * the learning rate of the schedule (§5.3, §5.4).
 */
import type { ModelConfig } from '../model/config';
import type { Params } from '../model/params';
import { adamUpdate, copyAdamState, createAdamState, type AdamState } from './adam';
import { createBackprop, type StepLoss } from './backprop';
import type { GuidedHead } from './guidance';
import type { Batch } from './batch';
import type { LossStats } from './loss';
import { learningRate, type Cooldown } from './schedule';

export interface TrainerOptions {
  /** ε_ls of §5.4; 0.1 in the paper. */
  labelSmoothing: number;
  /** warmup_steps of the schedule; 4000 in the paper. */
  warmupSteps: number;
  /** Multiplies the schedule; 1 is the paper's. */
  learningRateScale: number;
  /** When set, gradients are rescaled so their global L2 norm is at most this. */
  clipNorm?: number;
  /** P_drop of the residual dropout (§5.4; 0.1 in the paper). Default 0: no dropout. */
  dropout?: number;
  /**
   * The probability of switching a head of the attention over the source off for a sentence
   * (headDropout.ts); the guided heads are spared. Default 0: no head dropout.
   */
  headDropout?: number;
  /** Seed of the dropout masks; step t draws from a generator seeded by (seed, t). Default 0. */
  dropoutSeed?: number;
  /** Heads taught where to look by guided attention (guidance.ts); none by default. */
  guidedHeads?: readonly GuidedHead[];
  /** The rate's linear fall to zero at the end of the run (schedule.ts); none by default. */
  cooldown?: Cooldown;
}

export interface StepResult extends StepLoss {
  /** The learning rate this step used. */
  learningRate: number;
  /** Global L2 norm of the gradients, before clipping. */
  gradientNorm: number;
}

/** Where a share of a step's batch sits: the step it belongs to and which share it is. */
export interface Shard {
  step: number;
  /** 0 for the whole batch or its first share; each share draws its own dropout masks. */
  index: number;
}

export interface Trainer {
  /** One optimisation step on the batch; the statistics are those of the batch before the update. */
  step(batch: Batch): StepResult;
  /**
   * The first half of a step: forward and backward on a batch (or one share of it), leaving
   * ∂loss/∂θ in `gradients`; by default the next step's whole batch.
   */
  computeGradients(batch: Batch, shard?: Shard): StepLoss;
  /** The second half of a step: clipping and Adam with whatever `gradients` now hold. */
  applyGradients(): Pick<StepResult, 'learningRate' | 'gradientNorm'>;
  /** The gradients of the last `computeGradients`, by parameter name; writable, to combine shares. */
  readonly gradients: ReadonlyMap<string, Float32Array>;
  /** The batch's loss statistics, without updating anything (and without dropout). */
  evaluate(batch: Batch): LossStats;
  /** The parameters, updated in place by each step. */
  readonly params: Params;
  /** Steps taken so far. */
  readonly stepCount: number;
  /** A copy of the optimiser state, to pause and resume later. */
  exportState(): AdamState;
  /** Continues from a saved state (its step count included). */
  importState(state: AdamState): void;
}

/** √(Σ g²) over every gradient. */
function globalNorm(grads: Params): number {
  let sum = 0;
  for (const g of grads.values()) {
    const data = g.data;
    for (let i = 0; i < data.length; i++) sum += data[i] * data[i];
  }
  return Math.sqrt(sum);
}

/** A 32-bit seed for share `index` of step `step` of a run seeded `seed`: unrelated masks each. */
function stepSeed(seed: number, { step, index }: Shard): number {
  return (
    (Math.imul(seed, 0x9e3779b1) ^ Math.imul(step, 0x85ebca6b) ^ Math.imul(index, 0x27d4eb2d)) >>> 0
  );
}

export function createTrainer(
  config: ModelConfig,
  params: Params,
  options: TrainerOptions,
): Trainer {
  const dropoutRate = options.dropout ?? 0;
  if (!(dropoutRate >= 0 && dropoutRate < 1)) {
    throw new Error(`dropout must be at least 0 and below 1, found ${dropoutRate}`);
  }
  const headDropout = options.headDropout ?? 0;
  if (!(headDropout >= 0 && headDropout < 1)) {
    throw new Error(`head dropout must be at least 0 and below 1, found ${headDropout}`);
  }
  const backprop = createBackprop(config, params);
  const gradData = new Map([...backprop.grads].map(([name, t]) => [name, t.data] as const));
  let adam = createAdamState(params);

  const trainer: Trainer = {
    step(batch) {
      const stats = trainer.computeGradients(batch);
      return { ...stats, ...trainer.applyGradients() };
    },
    computeGradients(batch, shard = { step: adam.step + 1, index: 0 }) {
      const dropout = {
        rate: dropoutRate,
        headRate: headDropout,
        seed: stepSeed(options.dropoutSeed ?? 0, shard),
      };
      return backprop.forwardBackward(batch, options.labelSmoothing, dropout, options.guidedHeads);
    },
    applyGradients() {
      const gradientNorm = globalNorm(backprop.grads);
      if (options.clipNorm !== undefined && gradientNorm > options.clipNorm) {
        // as torch.nn.utils.clip_grad_norm_
        const factor = options.clipNorm / (gradientNorm + 1e-6);
        for (const g of gradData.values()) for (let i = 0; i < g.length; i++) g[i] *= factor;
      }
      const lr = learningRate(
        adam.step + 1,
        config.dModel,
        options.warmupSteps,
        options.learningRateScale,
        options.cooldown,
      );
      adamUpdate(params, gradData, adam, lr);
      return { learningRate: lr, gradientNorm };
    },
    gradients: gradData,
    evaluate(batch) {
      return backprop.forward(batch, options.labelSmoothing);
    },
    params,
    get stepCount() {
      return adam.step;
    },
    exportState() {
      return copyAdamState(adam);
    },
    importState(state) {
      for (const [name, t] of params) {
        const m = state.firstMoment.get(name);
        const v = state.secondMoment.get(name);
        if (!m || !v || m.length !== t.data.length || v.length !== t.data.length) {
          throw new Error(`the optimiser state does not fit parameter "${name}"`);
        }
      }
      adam = copyAdamState(state);
    },
  };
  return trainer;
}

export { makeBatch, splitBatch, type Batch, type IdPair } from './batch';
export type { GuidedHead } from './guidance';
export {
  createTrainer,
  type Shard,
  type Trainer,
  type TrainerOptions,
  type StepResult,
} from './trainer';
export { createBackprop, type Backprop, type DropoutSetting, type StepLoss } from './backprop';
export type { LossStats } from './loss';
export { learningRate, type Cooldown } from './schedule';
export {
  adamUpdate,
  createAdamState,
  copyAdamState,
  type AdamState,
  ADAM_BETA1,
  ADAM_BETA2,
  ADAM_EPSILON,
} from './adam';

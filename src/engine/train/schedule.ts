/**
 * The learning-rate schedule of §5.3:
 *   lrate = scale · d_model^−0.5 · min(step^−0.5, step · warmup_steps^−1.5)
 * It rises linearly for the first `warmupSteps` steps, peaks at step = warmupSteps, then decays
 * as the inverse square root of the step. Steps count from 1.
 */
export function learningRate(step: number, dModel: number, warmupSteps: number, scale = 1): number {
  if (!(step >= 1)) throw new Error(`the schedule's steps count from 1, found ${step}`);
  if (!(warmupSteps >= 1)) throw new Error(`warmup needs at least one step, found ${warmupSteps}`);
  return scale * dModel ** -0.5 * Math.min(step ** -0.5, step * warmupSteps ** -1.5);
}

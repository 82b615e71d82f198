/**
 * The learning-rate schedule of §5.3:
 *   lrate = scale · d_model^−0.5 · min(step^−0.5, step · warmup_steps^−1.5)
 * It rises linearly for the first `warmupSteps` steps, peaks at step = warmupSteps, then decays
 * as the inverse square root of the step. Steps count from 1.
 *
 * An optional cool-down (not in the paper) then takes the rate linearly down to zero over the
 * last `cooldown.steps` of a run of `cooldown.total` steps:
 *   lrate · (total − step + 1) / cooldown_steps   for step > total − cooldown_steps
 * Small models settle into a sharper minimum when the rate ends near zero.
 */
export interface Cooldown {
  /** The run's last step. */
  total: number;
  /** How many steps, ending at `total`, the rate falls to zero over. */
  steps: number;
}

export function learningRate(
  step: number,
  dModel: number,
  warmupSteps: number,
  scale = 1,
  cooldown?: Cooldown,
): number {
  if (!(step >= 1)) throw new Error(`the schedule's steps count from 1, found ${step}`);
  if (!(warmupSteps >= 1)) throw new Error(`warmup needs at least one step, found ${warmupSteps}`);
  const rate = scale * dModel ** -0.5 * Math.min(step ** -0.5, step * warmupSteps ** -1.5);
  if (!cooldown || cooldown.steps <= 0) return rate;
  const left = cooldown.total - step + 1;
  return left >= cooldown.steps ? rate : (rate * Math.max(left, 0)) / cooldown.steps;
}

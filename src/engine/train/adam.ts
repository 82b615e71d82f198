/**
 * Adam (Kingma & Ba), with the paper's β1 = 0.9, β2 = 0.98, ε = 10⁻⁹ (§5.3):
 *   m ← β1 m + (1 − β1) g,   v ← β2 v + (1 − β2) g²
 *   θ ← θ − lr · m̂ / (√v̂ + ε),   m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)
 */
import type { Params } from '../model/params';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.98;
export const ADAM_EPSILON = 1e-9;

/** The optimiser's memory: plain arrays, so it can be saved, sent to a worker and restored. */
export interface AdamState {
  /** Updates taken so far (t of the bias correction). */
  step: number;
  /** First moment m per parameter name, same length as the parameter. */
  firstMoment: Map<string, Float32Array>;
  /** Second moment v per parameter name. */
  secondMoment: Map<string, Float32Array>;
}

/** Zero moments for every parameter, at step 0. */
export function createAdamState(params: Params): AdamState {
  const firstMoment = new Map<string, Float32Array>();
  const secondMoment = new Map<string, Float32Array>();
  for (const [name, t] of params) {
    firstMoment.set(name, new Float32Array(t.data.length));
    secondMoment.set(name, new Float32Array(t.data.length));
  }
  return { step: 0, firstMoment, secondMoment };
}

/** A deep copy, so the caller may keep or transfer it while training goes on. */
export function copyAdamState(state: AdamState): AdamState {
  const copy = (moments: Map<string, Float32Array>) =>
    new Map([...moments].map(([name, m]) => [name, m.slice()] as const));
  return {
    step: state.step,
    firstMoment: copy(state.firstMoment),
    secondMoment: copy(state.secondMoment),
  };
}

/**
 * One Adam update of every parameter from its gradient (same names), at learning rate `lr`.
 * Advances state.step first, so the first update uses t = 1.
 */
export function adamUpdate(
  params: Params,
  grads: ReadonlyMap<string, Float32Array>,
  state: AdamState,
  lr: number,
): void {
  state.step += 1;
  const correction1 = 1 - ADAM_BETA1 ** state.step;
  const correction2 = 1 - ADAM_BETA2 ** state.step;
  for (const [name, t] of params) {
    const theta = t.data;
    const g = grads.get(name);
    const m = state.firstMoment.get(name);
    const v = state.secondMoment.get(name);
    if (!g || !m || !v) throw new Error(`Adam has no gradient or moments for "${name}"`);
    for (let i = 0; i < theta.length; i++) {
      const gi = g[i];
      const mi = ADAM_BETA1 * m[i] + (1 - ADAM_BETA1) * gi;
      const vi = ADAM_BETA2 * v[i] + (1 - ADAM_BETA2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      theta[i] -= (lr * (mi / correction1)) / (Math.sqrt(vi / correction2) + ADAM_EPSILON);
    }
  }
}

/**
 * What each step of the step-through says, in words, with this model's numbers, and the post's
 * own example numbers (two words, "Thinking Machines") to set beside them.
 */
import { PAPER_CONFIG, headSize } from '../../engine';
import { describeStrongest, strongestKeys } from './describeWeights';
import type { AttentionStepData } from './attentionSteps';

const PAPER_SQRT = Math.sqrt(headSize(PAPER_CONFIG));

/** The explanation of step `step` (0-based; step 0 is written by its own panel). */
export function stepExplanation(
  step: number,
  data: AttentionStepData,
  tokens: readonly string[],
): string {
  const word = `“${tokens[data.query]}”`;
  const sqrt = Math.sqrt(data.headSize);
  const sqrtText = Number.isInteger(sqrt) ? String(sqrt) : sqrt.toFixed(2);
  switch (step) {
    case 1:
      return `How well does ${word}’s query match each word’s key? The score is their dot product, q · k_j: multiply the two vectors number by number and add the products. The higher the score, the better the match; ${word} scores itself too.`;
    case 2:
      return `Every score is divided by √d_k, the square root of the key length: √${data.headSize} = ${sqrtText} in this model (${PAPER_SQRT} in the paper, whose keys have ${headSize(PAPER_CONFIG)} numbers). Longer vectors give larger dot products; without this, softmax would hand almost all the weight to one word and training would get tiny gradients.`;
    case 3: {
      const strongest = describeStrongest(strongestKeys(data.weights, tokens, 2));
      return `Softmax turns the scaled scores into weights: e to the power of each score, divided by the sum of them all. Every weight is positive and together they add up to 1 (the sum row). For ${word}, ${strongest.replace('the strongest line goes to', 'the largest weight goes to')}.`;
    }
    case 4:
      return `Each word’s value vector is multiplied by its weight. A word with a large weight keeps most of its value; one with a small weight fades toward zero. Both columns share one colour scale, so the fading shows.`;
    default:
      return `Adding up the weighted values gives z, what self-attention outputs for ${word} in head ${data.head + 1}: a blend of every word’s value, mixed in the proportions of the weights.`;
  }
}

/** The post's example numbers up to step `step`, or null where the post gives none. */
export function postNumbers(step: number): string | null {
  const chain = ['112, 96', '14, 12', '0.88, 0.12'];
  if (step === 0) return 'In the post: x has 512 numbers; q, k and v have 64 each.';
  if (step >= 1 && step <= 3) return `In the post: ${chain.slice(0, step).join(' → ')}`;
  if (step === 4) return 'In the post: 0.88 × v₁ and 0.12 × v₂.';
  return 'In the post: z₁ = 0.88 v₁ + 0.12 v₂.';
}

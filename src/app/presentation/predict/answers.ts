/**
 * The answers to Present mode's questions, read from the model's own numbers on the reader's
 * sentence, never stored: the word a head's row of attention weights gives the most, the word
 * the decoder chose at a step, and whether switching a head off lowers the probability of the
 * word the model wrote. Pure, so that tests feed them numbers and check the answer.
 */
import type { DecodeStep, HeadEffect, Tensor } from '../../../engine';

/** A question's choices, the right one among them, and the number that makes it right. */
export interface Answered {
  /** The choices as the class sees them: words of the model, or yes / no. */
  choices: readonly string[];
  /** Index of the right choice. */
  answer: number;
  /** The number behind the answer: a weight, a probability. */
  value: number;
}

/**
 * Which source word position `query` gives the most attention in head `head`: the argmax of its
 * row of weights (h, S, S), the first among equal weights. The choices are the source words.
 *   answer = argmax_k weights[head, query, k]
 */
export function mostAttendedWord(
  weights: Tensor,
  head: number,
  query: number,
  sourceTokens: readonly string[],
): Answered {
  const size = weights.shape[2];
  const start = (head * weights.shape[1] + query) * size;
  let answer = 0;
  for (let k = 1; k < size; k++) {
    if (weights.data[start + k] > weights.data[start + answer]) answer = k;
  }
  return { choices: sourceTokens.slice(0, size), answer, value: weights.data[start + answer] };
}

/**
 * Which word the decoder writes at `step`: the choices are the model's likeliest words there
 * (its candidates, and the chosen word if beam search took another), in alphabetical order so
 * that their place says nothing; the answer is the word it chose, with its probability.
 */
export function nextWord(step: DecodeStep, words: readonly string[]): Answered & { top: boolean } {
  const ids = step.candidates.map((c) => c.id);
  if (!ids.includes(step.chosenId)) ids.push(step.chosenId);
  const wordOf = (id: number) => words[id] ?? `#${id}`;
  const choices = ids.map(wordOf).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chosen = wordOf(step.chosenId);
  const probability =
    step.candidates.find((c) => c.id === step.chosenId)?.prob ?? Math.exp(step.logProb);
  return {
    choices,
    answer: choices.indexOf(chosen),
    value: probability,
    top: step.candidates[0]?.id === step.chosenId,
  };
}

/** The choices of a yes / no question, in this order. */
export const YES_NO = ['yes', 'no'] as const;

/**
 * Whether switching `head` off alone makes the model less sure of its word: its probability
 * with the head off is below its probability with every head on.
 *   p(word | head off) = p(word) + effect(head);  yes ⇔ effect(head) < 0
 * The value is p(word | head off); null when the head is not among the effects.
 */
export function lessSureWithout(
  heads: readonly HeadEffect[],
  head: Pick<HeadEffect, 'kind' | 'layer' | 'head'>,
  probability: number,
): (Answered & { before: number }) | null {
  const found = heads.find(
    (h) => h.kind === head.kind && h.layer === head.layer && h.head === head.head,
  );
  if (!found) return null;
  return {
    choices: YES_NO,
    answer: found.effect < 0 ? 0 : 1,
    value: probability + found.effect,
    before: probability,
  };
}

/** The head the ablation question asks about: the model's "it" head, else the one that matters most. */
export function askedHead(
  heads: readonly HeadEffect[],
  itHead: { layer: number; head: number } | null,
): Pick<HeadEffect, 'kind' | 'layer' | 'head'> | null {
  if (itHead) return { kind: 'enc', layer: itHead.layer, head: itHead.head };
  let most: HeadEffect | null = null;
  for (const h of heads) if (!most || Math.abs(h.effect) > Math.abs(most.effect)) most = h;
  return most && { kind: most.kind, layer: most.layer, head: most.head };
}

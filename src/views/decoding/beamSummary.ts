/**
 * The hypotheses beam search returned, and greedy decoding's result on the same scale, so the
 * two can be ranked side by side. Pure.
 */
import { hypothesisTokens } from '../../engine';
import type { BeamNode, BeamResult, DecodeStep } from '../../engine';

export interface ScoredTranslation {
  tokens: string[];
  /** Sum of the log-probabilities of its tokens. */
  logProb: number;
  /** Tokens generated, <eos> included: the length of the length penalty. */
  length: number;
  /** logProb ÷ length^α. */
  score: number;
}

export interface ReturnedHypothesis extends ScoredTranslation {
  nodeId: number;
  status: BeamNode['status'];
}

/** score = logProb / length^α, as beam search ranks hypotheses (α = 0: log-probability alone). */
export function lengthNormalised(logProb: number, length: number, lengthPenalty: number): number {
  return logProb / Math.pow(length, lengthPenalty);
}

/** The returned hypotheses, best first, with their words and numbers as the search left them. */
export function returnedHypotheses(
  beam: BeamResult,
  words: readonly string[],
): ReturnedHypothesis[] {
  return beam.best.map((nodeId) => {
    const node = beam.nodes[nodeId];
    return {
      nodeId,
      status: node.status,
      tokens: hypothesisTokens(beam, nodeId).map((id) => words[id] ?? `#${id}`),
      logProb: node.logProb,
      length: node.step,
      score: node.score,
    };
  });
}

/** Greedy decoding's translation scored the way beam search scores its hypotheses. */
export function scoreGreedy(
  steps: readonly DecodeStep[],
  tokens: readonly string[],
  lengthPenalty: number,
): ScoredTranslation {
  const logProb = steps.reduce((sum, step) => sum + step.logProb, 0);
  return {
    tokens: [...tokens],
    logProb,
    length: steps.length,
    score: lengthNormalised(logProb, steps.length, lengthPenalty),
  };
}

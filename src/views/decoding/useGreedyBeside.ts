/**
 * Greedy decoding's result for the run on screen, to set beside beam search's: a beam search run
 * also carries what greedy decoding chooses from the same encoder output, so both come from the
 * same model, sentence and heads without a second run.
 */
import { useMemo } from 'react';
import type { DecodeStep } from '../../engine';
import { useFigureStore } from '../figureStore';

export interface GreedyRun {
  steps: DecodeStep[];
  tokens: string[];
}

export function useGreedyBeside(): GreedyRun | null {
  const greedy = useFigureStore((s) => s.lastGood?.result.greedy ?? null);
  return useMemo(
    () => (greedy ? { steps: greedy.steps, tokens: greedy.outputTokens } : null),
    [greedy],
  );
}

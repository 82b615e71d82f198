/**
 * Greedy decoding's result for the sentence and model on screen, to set beside beam search's. A
 * run decodes one way only, so this remembers the last greedy run and offers it while the sentence
 * and the model stay the same.
 */
import { useState } from 'react';
import type { DecodeStep } from '../../engine/model/trace';
import { useFigureStore } from '../figureStore';

export interface GreedyRun {
  sentence: string;
  modelKey: string;
  steps: DecodeStep[];
  tokens: string[];
}

export function useGreedyBeside(): GreedyRun | null {
  const run = useFigureStore((s) => s.lastGood);
  const modelKey = useFigureStore((s) => s.modelKey);
  const [remembered, setRemembered] = useState<GreedyRun | null>(null);
  const result = run?.result;
  if (result && !result.beam && result.steps !== remembered?.steps) {
    // Derived from the store while rendering: React re-renders at once with the new value.
    setRemembered({
      sentence: result.sentence,
      modelKey,
      steps: result.steps,
      tokens: result.outputTokens,
    });
  }
  if (!remembered || !result) return null;
  return remembered.sentence === result.sentence && remembered.modelKey === modelKey
    ? remembered
    : null;
}

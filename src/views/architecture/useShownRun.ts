/**
 * What the figures of the architecture, vectors and positional families read from the store:
 * the last finished run (its trace and its tokens belong together, so a figure never pairs a new
 * sentence's tensors with an old sentence's words), the model's configuration and the selection.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ModelConfig } from '../../engine';
import type { Tensor, TraceName } from '../../engine';
import type { Selection } from '../../store';
import { useFigureStore } from '../figureStore';

export interface ShownRun {
  sentence: string;
  /** Source tokens as the encoder read them, <eos> included. */
  sourceTokens: string[];
  /** Decoder inputs: <bos> then each chosen token. */
  targetTokens: string[];
  translation: string;
  tensor(name: TraceName): Tensor | undefined;
}

export function useShownRun(): ShownRun | null {
  const lastGood = useFigureStore((s) => s.lastGood);
  if (!lastGood) return null;
  const { result, trace } = lastGood;
  return {
    sentence: result.sentence,
    sourceTokens: result.sourceTokens,
    targetTokens: result.targetTokens,
    translation: result.translation,
    tensor: (name) => trace.get(name),
  };
}

export function useModelConfig(): ModelConfig | null {
  return useFigureStore((s) => s.modelInfo?.config ?? null);
}

export function useSelection(): {
  selection: Selection;
  select: (change: Partial<Selection>) => void;
} {
  return useFigureStore(useShallow((s) => ({ selection: s.selection, select: s.select })));
}

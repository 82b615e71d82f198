/**
 * What the attention views read from the store: the last finished run (its trace and its tokens
 * together, so the two always describe the same sentence), whether the model is untrained, and
 * the shared selection.
 */
import { useShallow } from 'zustand/react/shallow';
import { selectModelIsUntrained } from '../../store';
import { useFigureStore } from '../figureStore';

const NO_TOKENS: readonly string[] = [];

export function useAttentionRun() {
  return useFigureStore(
    useShallow((state) => ({
      trace: state.lastGood?.trace ?? null,
      sourceTokens: state.lastGood?.result.sourceTokens ?? NO_TOKENS,
      targetTokens: state.lastGood?.result.targetTokens ?? NO_TOKENS,
      untrained: selectModelIsUntrained(state),
      selection: state.selection,
      select: state.select,
    })),
  );
}

/** The loaded model's "it" head, as training measured it; null for a model without one. */
export function useItHead() {
  return useFigureStore((state) => state.modelInfo?.itHead ?? null);
}

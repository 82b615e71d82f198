/**
 * What the attention views read from the store: the last finished run (its trace and its tokens
 * together, so the two always describe the same sentence), whether the model is untrained, and
 * the shared selection.
 */
import { useShallow } from 'zustand/react/shallow';
import { selectModelIsUntrained, type Selection } from '../../store';
import {
  choiceInItFigure,
  itFigureSelection,
  itFiguresOnItHead,
} from '../../store/itFigureSelection';
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

/**
 * useAttentionRun for the post's "it" figures: the same run, with the layer and head these figures
 * show (the model's "it" head until one is chosen), and a `select` that keeps the shown layer when
 * only the head changes, and the reverse.
 */
export function useItFigureRun() {
  const run = useAttentionRun();
  // Numbers only: useShallow keeps it while they stay the same.
  const selection = useFigureStore(useShallow(itFigureSelection));
  const onItHead = useFigureStore(itFiguresOnItHead);
  const select = (change: Partial<Selection>) => run.select(choiceInItFigure(selection, change));
  return { ...run, selection, select, onItHead };
}

/**
 * The output vocabulary's words by index: the model's own list, which comes with it when it
 * loads. Until it has come, the words a run names: <bos>, the translation's words, the returned
 * beams' words, and the special tokens every vocabulary starts with; any other index is written
 * "#index".
 */
import { useMemo } from 'react';
import { hypothesisTokens } from '../../engine';
import { SPECIAL_TOKENS } from '../../engine';
import { useFigureStore } from '../figureStore';
import type { RunResult } from '../../worker/protocol';

type NamedIds = Pick<
  RunResult,
  'tgtIds' | 'targetTokens' | 'outputIds' | 'outputTokens' | 'beam' | 'beams'
>;

/** size words, each from the run where it names that index, else "#index". */
export function wordsFromRun(result: NamedIds | null, size: number): string[] {
  const words = Array.from({ length: size }, (_, id): string => SPECIAL_TOKENS[id] ?? `#${id}`);
  if (!result) return words;
  const name = (ids: ArrayLike<number>, tokens: readonly string[]) => {
    for (let i = 0; i < ids.length; i++) if (ids[i] < size && tokens[i]) words[ids[i]] = tokens[i];
  };
  name(result.tgtIds, result.targetTokens);
  name(result.outputIds, result.outputTokens);
  const { beam } = result;
  if (beam) {
    result.beams.forEach((returned, i) =>
      name(hypothesisTokens(beam, beam.best[i]), returned.tokens),
    );
  }
  return words;
}

/** How many of the words are only known by their index. */
export function unnamedCount(words: readonly string[]): number {
  return words.filter((w) => /^#\d+$/.test(w)).length;
}

/** The target words of the model and run on screen. */
export function useTargetWords(): string[] {
  const size = useFigureStore((s) => s.modelInfo?.config.tgtVocabSize ?? 0);
  const result = useFigureStore((s) => s.lastGood?.result ?? null);
  const vocabulary = useFigureStore((s) => s.modelVocabularies?.target ?? null);
  return useMemo(
    () => (vocabulary?.length === size ? vocabulary : wordsFromRun(result, size)),
    [vocabulary, result, size],
  );
}

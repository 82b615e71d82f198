import { useMemo } from 'react';
import { EOS, translate } from '../engine';
import { tokenize, detokenize } from '../engine/tokenizer/tokenize';
import type { LoadedModel } from './untrainedModel';

export type TranslationResult =
  | { kind: 'empty' }
  | { kind: 'translated'; output: string; unknownWords: string[]; milliseconds: number };

/** Runs the model on the sentence: tokenize, look words up, encode, decode greedily. */
export function useTranslation(model: LoadedModel, sentence: string): TranslationResult {
  return useMemo(() => {
    const tokens = tokenize(sentence, 'en');
    if (tokens.length === 0) return { kind: 'empty' };
    const { ids, unknown } = model.source.toIds(tokens.slice(0, model.config.maxLength - 1));
    const started = performance.now();
    const trace = translate(model.params, model.config, [...ids, EOS], { kind: 'greedy' });
    const milliseconds = performance.now() - started;
    const outputTokens = [...trace.outputIds]
      .filter((id) => id !== EOS)
      .map((id) => model.target.tokenOf(id));
    return {
      kind: 'translated',
      output: detokenize(outputTokens, 'fr'),
      unknownWords: unknown.map((u) => u.token),
      milliseconds,
    };
  }, [model, sentence]);
}

import { UNK } from '../engine';
import { useText } from '../i18n';
import { selectShownResult, selectTranslation, useStore } from '../store';

/**
 * The sentence as the model reads it: one chip per token, labelled as every figure labels it;
 * a word it does not know (read as <unk>) is marked, under the word that was typed ("mat?").
 */
export function SourceTokens() {
  const result = useStore(selectShownResult);
  const stale = useStore((s) => selectTranslation(s).state === 'stale');
  const text = useText().app;
  if (!result || result.sourceTokens.length === 0) return null;
  return (
    <ol
      className={stale ? 'tokens stale' : 'tokens'}
      aria-label={text.tokensRead}
      data-testid="source-tokens"
    >
      {result.sourceTokens.map((token, i) => {
        const unknown = result.srcIds[i] === UNK;
        return (
          <li
            key={i}
            className={unknown ? 'token unknown' : 'token'}
            title={unknown ? text.unknownToken : undefined}
          >
            {token}
          </li>
        );
      })}
    </ol>
  );
}

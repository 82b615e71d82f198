import { useShallow } from 'zustand/react/shallow';
import { selectSourceTokens, selectTranslation, selectUnknownWords, useStore } from '../store';

/** The sentence as the model reads it: one chip per token, the words it does not know marked. */
export function SourceTokens() {
  const tokens = useStore(useShallow(selectSourceTokens));
  const unknown = useStore(selectUnknownWords);
  const stale = useStore((s) => selectTranslation(s).state === 'stale');
  const unknownSet = new Set(unknown?.words.map((w) => w.word));
  if (tokens.length === 0) return null;
  return (
    <ol
      className={stale ? 'tokens stale' : 'tokens'}
      aria-label="Tokens the model reads"
      data-testid="source-tokens"
    >
      {tokens.map((token, i) => (
        <li
          key={i}
          className={unknownSet.has(token) ? 'token unknown' : 'token'}
          title={unknownSet.has(token) ? 'unknown to the model: read as <unk>' : undefined}
        >
          {token}
        </li>
      ))}
    </ol>
  );
}

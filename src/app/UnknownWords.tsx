import { selectUnknownWords, useStore } from '../store';

/** Which words the model has never seen, with the nearest it knows as buttons that swap them in. */
export function UnknownWords() {
  const unknown = useStore(selectUnknownWords);
  const replaceWord = useStore((s) => s.replaceWord);
  if (!unknown) return null;
  return (
    <div className="notice warn" data-testid="unknown-words">
      <p>{unknown.message}</p>
      <ul className="suggestions">
        {unknown.words
          .filter((w) => w.suggestions.length > 0)
          .map((w) => (
            <li key={w.word}>
              Instead of <span className="token unknown">{w.word}</span>, try{' '}
              {w.suggestions.map((suggestion) => (
                <button
                  key={suggestion}
                  type="button"
                  className="suggestion"
                  onClick={() => replaceWord(w.word, suggestion)}
                >
                  {suggestion}
                </button>
              ))}
            </li>
          ))}
      </ul>
    </div>
  );
}

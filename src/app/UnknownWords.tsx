import { useText, type Catalogue } from '../i18n';
import { errorText } from '../i18n/errorText';
import { selectUnknownWords, useStore } from '../store';
import type { UnknownWord } from '../worker/protocol';
import { unknownWordLabel } from '../worker/unknownWordLabel';

/**
 * Which words the model has never seen, as the figures label them, with known words to try as
 * buttons that swap them in: of the kind the word seems to play in the sentence when the model
 * knows its words' kinds, else the nearest in spelling.
 */
export function UnknownWords() {
  const unknown = useStore(selectUnknownWords);
  const replaceWord = useStore((s) => s.replaceWord);
  const words = useText();
  const text = words.app;
  if (!unknown) return null;
  const labels = unknown.words.map((w) => words.components.quoted(unknownWordLabel(w.word)));
  return (
    <div className="notice warn" data-testid="unknown-words">
      <p>
        {errorText(unknown, words.errors)}
        {text.unknownLabelled(labels)}
      </p>
      <ul className="suggestions">
        {unknown.words
          .filter((w) => w.suggestions.length > 0)
          .map((w) => (
            <li key={w.word} data-word={w.word}>
              {text.insteadOf}
              <span className="token unknown">{unknownWordLabel(w.word)}</span>
              <KindNote word={w} text={text} />
              {text.tryThese}{' '}
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

/** What the word seems to be from its neighbours, when there is a guess: ", a verb here". */
function KindNote({ word, text }: { word: UnknownWord; text: Catalogue['app'] }) {
  if (!word.kinds) return null;
  return (
    <>
      {', '}
      <span className="unknown-kind" data-kinds={word.kinds.join(' ')}>
        {text.kindHere(word.kinds.map((kind) => text.wordKinds[kind]))}
      </span>
    </>
  );
}

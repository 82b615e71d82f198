import { selectUnknownWords, useStore } from '../store';
import type { UnknownWord } from '../worker/protocol';
import { unknownWordLabel } from '../worker/unknownWordLabel';
import type { WordKind } from '../worker/wordKinds';

/** A kind of word as a learner says it. */
const KIND_NAMES: Record<WordKind, string> = {
  noun: 'a noun',
  adjective: 'an adjective',
  verb: 'a verb',
  be: 'a form of “to be”',
  auxiliary: 'a helper verb',
  infinitive: '“to”',
  determiner: 'a determiner',
  subject: 'a subject pronoun',
  pronoun: 'a pronoun',
  preposition: 'a preposition',
  number: 'a number',
  degree: 'a word like “very”',
  negation: 'a negation',
  conjunction: 'a linking word',
  time: 'a time word',
};

/** "a noun", "a noun or an adjective". */
const kindNames = (kinds: readonly WordKind[]) => kinds.map((k) => KIND_NAMES[k]).join(' or ');

/**
 * Which words the model has never seen, as the figures label them, with known words to try as
 * buttons that swap them in: of the kind the word seems to play in the sentence when the model
 * knows its words' kinds, else the nearest in spelling.
 */
export function UnknownWords() {
  const unknown = useStore(selectUnknownWords);
  const replaceWord = useStore((s) => s.replaceWord);
  if (!unknown) return null;
  const labels = unknown.words.map((w) => `“${unknownWordLabel(w.word)}”`).join(', ');
  return (
    <div className="notice warn" data-testid="unknown-words">
      <p>
        {unknown.message} The figures label {unknown.words.length === 1 ? 'it' : 'them'} {labels}.
      </p>
      <ul className="suggestions">
        {unknown.words
          .filter((w) => w.suggestions.length > 0)
          .map((w) => (
            <li key={w.word} data-word={w.word}>
              Instead of <span className="token unknown">{unknownWordLabel(w.word)}</span>
              <KindNote word={w} />, try{' '}
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
function KindNote({ word }: { word: UnknownWord }) {
  if (!word.kinds) return null;
  return (
    <>
      {', '}
      <span className="unknown-kind" data-kinds={word.kinds.join(' ')}>
        {kindNames(word.kinds)} here
      </span>
    </>
  );
}

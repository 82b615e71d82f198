/**
 * The sentence pair the loss is computed on: the sentence on screen, and an editable reference
 * translation (the post's own when the sentence is one of the post's). Pairs from the post can be
 * picked in one click; words of the reference the model does not know are named, with the
 * nearest words it knows as buttons, as in the sentence box.
 */
import { useId } from 'react';
import { POST_SENTENCES } from '../../corpus/post';
import { detokenize } from '../../engine';
import { useText } from '../../i18n';
import { errorText, referenceErrorText } from '../../i18n/errorText';
import { replaceWholeWord, type ReferenceOrigin } from '../../store';
import type { EngineError, LanguagePair, UnknownWordsWarning } from '../../worker/protocol';
import './training-recap.css';

export interface ReferenceBoxProps {
  sentence: string;
  reference: string;
  origin: ReferenceOrigin;
  languages: LanguagePair;
  unknownWords: UnknownWordsWarning | null;
  error: EngineError | null;
  onReference(text: string): void;
  /** Puts a sentence in the page's sentence box. */
  onSentence(sentence: string): void;
}

export function ReferenceBox(props: ReferenceBoxProps) {
  const { sentence, reference, origin, languages, unknownWords, error } = props;
  const inputId = useId();
  const text = useText().trainingRecap;
  const errors = useText().errors;
  const language = text.languageNames[languages.target] ?? languages.target;
  const pairs = POST_SENTENCES.map((pair) => ({
    source: detokenize(pair[languages.source], languages.source),
    target: detokenize(pair[languages.target], languages.target),
  }));
  return (
    <div className="recap-pair" data-testid="loss-pair">
      <p>{text.source(sentence)}</p>
      <label htmlFor={inputId}>{text.referenceLabel(language)}</label>
      <input
        id={inputId}
        type="text"
        value={reference}
        onChange={(event) => props.onReference(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
      />
      <p className="recap-note" data-testid="reference-origin">
        {text.origin(text.origins[origin])}
      </p>
      {error && (
        <p className="recap-message" role="status" data-testid="reference-error">
          {referenceErrorText(error, errors)}
        </p>
      )}
      {unknownWords && (
        <div className="recap-message" data-testid="reference-unknown">
          <p>{text.inTheReference(errorText(unknownWords, errors))}</p>
          <ul className="recap-suggestions">
            {unknownWords.words
              .filter((w) => w.suggestions.length > 0)
              .map((w) => (
                <li key={w.word}>
                  {text.insteadOf(
                    <span className="recap-unknown">{w.word}</span>,
                    w.suggestions.map((suggestion) => (
                      <button
                        key={suggestion}
                        type="button"
                        onClick={() =>
                          props.onReference(replaceWholeWord(reference, w.word, suggestion))
                        }
                      >
                        {suggestion}
                      </button>
                    )),
                  )}
                </li>
              ))}
          </ul>
        </div>
      )}
      <div className="recap-controls" role="group" aria-label={text.postPairs}>
        <span>{text.postPairsLead}</span>
        {pairs.map((pair) => (
          <button
            key={pair.source}
            type="button"
            aria-pressed={pair.source === sentence}
            title={`${pair.source} → ${pair.target}`}
            onClick={() => props.onSentence(pair.source)}
          >
            {pair.source}
          </button>
        ))}
      </div>
    </div>
  );
}

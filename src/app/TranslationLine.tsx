import { useShallow } from 'zustand/react/shallow';
import { useText } from '../i18n';
import { selectShownResult, selectTranslation, useStore } from '../store';
import { AblatedHeadsNote } from './AblatedHeadsNote';

/**
 * The translation of the sentence in the box, in the sticky bar so it stays in sight beside
 * every figure. Greyed when the newest sentence could not be translated; when the model's first
 * word was the end of the sentence, says so instead of showing nothing.
 */
export function TranslationLine() {
  const translation = useStore(useShallow(selectTranslation));
  const sentence = useStore((s) => selectShownResult(s)?.sentence ?? '');
  const text = useText().app;
  return (
    <>
      <p className="translation-line">
        <span className="translation-label" aria-hidden="true">
          →
        </span>
        <output
          className={`translation ${translation.state}`}
          data-testid="translation"
          data-state={translation.state}
          data-sentence={sentence}
          aria-live="polite"
          aria-label={text.translation}
        >
          {translation.text}
        </output>
        {translation.state === 'fresh' && translation.text === '' && (
          <span className="translation-empty" data-testid="translation-empty">
            {text.translationEmpty}
          </span>
        )}
      </p>
      <AblatedHeadsNote />
    </>
  );
}

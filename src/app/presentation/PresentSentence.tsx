import { useStore } from '../../store';
import { useText } from '../../i18n';
import { TranslationLine } from '../TranslationLine';
import { useLinkedControl } from '../url/LinkedControls';

/** The sentence box, small, at the top of every step: the class can try another sentence. */
export function PresentSentence() {
  const sentence = useStore((s) => s.sentence);
  const setSentence = useStore((s) => s.setSentence);
  const shown = useLinkedControl('sentence');
  const text = useText().present;
  return (
    <div className="present-sentence">
      {shown === 'hidden' ? (
        <p className="present-sentence-text" dir="auto">
          {sentence}
        </p>
      ) : (
        <input
          type="text"
          aria-label={text.sentence}
          value={sentence}
          readOnly={shown === 'locked'}
          onChange={(event) => setSentence(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
        />
      )}
      <TranslationLine />
    </div>
  );
}

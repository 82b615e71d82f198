import { useText } from '../i18n';
import { useStore } from '../store';
import { SourceTokens } from './SourceTokens';
import { StatusLine } from './StatusLine';
import { TranslationLine } from './TranslationLine';

/**
 * Stays at the top while the reader scrolls: the sentence, its tokens, its translation, and the
 * run's status. A shared link may fix the sentence (`locked`) or leave out its box (`hidden`).
 */
export function SentenceBar({ input = 'shown' }: { input?: 'shown' | 'locked' | 'hidden' }) {
  const sentence = useStore((s) => s.sentence);
  const setSentence = useStore((s) => s.setSentence);
  const text = useText().app;
  const language = useStore(
    (s) => s.models.find((m) => m.key === s.modelKey)?.languages.source ?? 'en',
  );
  return (
    <div className="sentence-bar">
      {input !== 'hidden' && (
        <>
          <label htmlFor="sentence">
            {text.yourSentence(language)}
            {input === 'locked' && <span className="sentence-fixed">{text.fixedByLink}</span>}
          </label>
          <input
            id="sentence"
            type="text"
            value={sentence}
            readOnly={input === 'locked'}
            onChange={(event) => setSentence(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            dir="auto"
          />
        </>
      )}
      <SourceTokens />
      <TranslationLine />
      <StatusLine />
    </div>
  );
}

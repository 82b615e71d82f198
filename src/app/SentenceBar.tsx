import { useStore } from '../store';
import { SourceTokens } from './SourceTokens';
import { StatusLine } from './StatusLine';
import { TranslationLine } from './TranslationLine';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/**
 * Stays at the top while the reader scrolls: the sentence, its tokens, its translation, and the
 * run's status. A shared link may fix the sentence (`locked`) or leave out its box (`hidden`).
 */
export function SentenceBar({ input = 'shown' }: { input?: 'shown' | 'locked' | 'hidden' }) {
  const sentence = useStore((s) => s.sentence);
  const setSentence = useStore((s) => s.setSentence);
  const language = useStore(
    (s) => s.models.find((m) => m.key === s.modelKey)?.languages.source ?? 'en',
  );
  return (
    <div className="sentence-bar">
      {input !== 'hidden' && (
        <>
          <label htmlFor="sentence">
            Your sentence ({LANGUAGE_NAMES[language] ?? language})
            {input === 'locked' && <span className="sentence-fixed"> · fixed by the link</span>}
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

import { useStore } from '../store';
import { SourceTokens } from './SourceTokens';
import { StatusLine } from './StatusLine';
import { TranslationLine } from './TranslationLine';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/**
 * Stays at the top while the reader scrolls: the sentence, its tokens, its translation, and the
 * run's status.
 */
export function SentenceBar() {
  const sentence = useStore((s) => s.sentence);
  const setSentence = useStore((s) => s.setSentence);
  const language = useStore(
    (s) => s.models.find((m) => m.key === s.modelKey)?.languages.source ?? 'en',
  );
  return (
    <div className="sentence-bar">
      <label htmlFor="sentence">Your sentence ({LANGUAGE_NAMES[language] ?? language})</label>
      <input
        id="sentence"
        type="text"
        value={sentence}
        onChange={(event) => setSentence(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
      />
      <SourceTokens />
      <TranslationLine />
      <StatusLine />
    </div>
  );
}

import { useEffect } from 'react';
import { LANGUAGES, asLanguage, useText } from '../i18n';
import { useStore } from '../store';

/**
 * Keeps the document's language the page's own (`<html lang>`), so that a screen reader reads
 * the French page with a French voice and the browser hyphenates it as French.
 */
export function usePageLanguage(): void {
  const language = useStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}

/** The language the page is written in, kept in the link: a teacher can share the French page. */
export function LanguageControl() {
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  const text = useText();
  return (
    <label className="control page-language">
      <span>{text.app.language}</span>
      <select
        value={language}
        onChange={(event) => setLanguage(asLanguage(event.target.value) ?? language)}
      >
        {LANGUAGES.map((choice) => (
          <option key={choice} value={choice} lang={choice}>
            {text.app.languageName[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The languages the page is written in: English, the post's own, and French. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FIRST_LANGUAGE: Language = 'en';

/** `value` as a language the page is written in, or undefined. */
export function asLanguage(value: string): Language | undefined {
  return LANGUAGES.find((language) => language === value);
}

/** The page's language for a browser's preferred languages (`navigator.languages`): the first it has. */
export function languageOfReader(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = asLanguage(tag.slice(0, 2).toLowerCase());
    if (language) return language;
  }
  return FIRST_LANGUAGE;
}

/** The page's language for the reader of this browser. */
export function browserReadersLanguage(): Language {
  return languageOfReader(typeof navigator === 'undefined' ? [] : navigator.languages);
}

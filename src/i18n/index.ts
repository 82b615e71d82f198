/**
 * The page's words in each language it is written in. Components read their text with
 * `useText()` (`const text = useText(); text.attention.caption(word, layer, head)`); code outside
 * React passes the language along and reads `textIn(language)`.
 */
import { useStore } from '../store';
import { en, type Catalogue } from './en';
import { fr } from './fr';
import type { SectionId } from './en/sections';
import type { Language } from './language';

export { LANGUAGES, FIRST_LANGUAGE, asLanguage, languageOfReader, type Language } from './language';
export type { Catalogue } from './en';
export type { SectionId };

/** The title of the section `id` in the catalogue's language; `otherwise` for a section it lacks. */
export function sectionTitle(text: Catalogue, id: string, otherwise = id): string {
  return id in text.sections ? text.sections[id as SectionId] : otherwise;
}

/**
 * Every catalogue, gathered at the first lookup rather than when this module loads: a catalogue
 * that writes a formula imports the Formula component, which reads its own words from here, so
 * at load time one of them may not have finished loading yet.
 */
let catalogues: Record<Language, Catalogue> | undefined;

/** Every text of the page in `language`. */
export function textIn(language: Language): Catalogue {
  catalogues ??= { en, fr };
  return catalogues[language];
}

/** Every text of the page in the reader's language; the component redraws when it changes. */
export function useText(): Catalogue {
  return textIn(useStore((state) => state.language));
}

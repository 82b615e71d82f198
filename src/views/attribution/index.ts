/** The attribution family's section, for the page's list of sections. */
import type { Section } from '../sections';
import { WhichWordsSection } from './WhichWordsSection';

export const WHICH_WORDS_DECIDED: Section = {
  id: 'which-words-decided',
  title: 'Which words decided this word?',
  Component: WhichWordsSection,
};

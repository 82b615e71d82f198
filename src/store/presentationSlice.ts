/**
 * Which of the page's views is shown, and where the reader is: the long page with every section,
 * the presentation (one section a screen, for a class), or two sentences compared. `section` is
 * the section in view on the page and the step on screen in the presentation: leaving the
 * presentation returns the page to the section last presented.
 */
import type { SliceCreator } from './types';

export type PageView = 'page' | 'present' | 'compare';

/**
 * The questions Present mode can ask before a figure, the class answering before the model's
 * numbers are shown: which word "it" looks at most, which word the decoder writes next, whether
 * switching a head off makes the model less sure of its word.
 */
export const PRESENT_QUESTIONS = ['it-word', 'next-word', 'head-off'] as const;
export type PresentQuestion = (typeof PRESENT_QUESTIONS)[number];

export interface PresentationSlice {
  view: PageView;
  /** A section id of the page's list of sections; null above the first section. */
  section: string | null;
  setSection: (section: string | null) => void;
  /** The presentation, on `section` if given, else where the reader is. */
  present: (section?: string) => void;
  /** Back to the long page, at the section last in view or presented. */
  showPage: () => void;
  /** The questions Present mode asks, in PRESENT_QUESTIONS' order; none by default. */
  questions: readonly PresentQuestion[];
  setQuestions: (questions: readonly PresentQuestion[]) => void;
}

export const createPresentationSlice: SliceCreator<PresentationSlice> = (set) => ({
  view: 'page',
  section: null,
  setSection: (section) => set({ section }),
  present: (section) => set((state) => ({ view: 'present', section: section ?? state.section })),
  showPage: () => set({ view: 'page' }),
  questions: [],
  setQuestions: (questions) =>
    set({ questions: PRESENT_QUESTIONS.filter((q) => questions.includes(q)) }),
});

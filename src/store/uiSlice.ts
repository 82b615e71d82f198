/**
 * What the page says about itself (the banner above everything, for events a reader should know),
 * how big it draws itself (the reader's text size, which scales the prose and every figure) and in
 * which language it is written.
 */
import { browserReadersLanguage, type Language } from '../i18n/language';
import { modelFollowingLanguage } from './modelSlice';
import type { EngineError } from '../worker/protocol';
import type { SliceCreator } from './types';

export interface Banner {
  kind: 'worker_restarted';
  /** What happened, as the engine reported it; the page writes it in its own language. */
  error: EngineError;
}

/** The text sizes a reader may pick, in per cent of the page's own; the first is the page's own. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const NORMAL_TEXT_SIZE: TextSize = 100;

/** `value` as a text size the page offers, or undefined. */
export function asTextSize(value: number): TextSize | undefined {
  return TEXT_SIZES.find((size) => size === value);
}

export interface UiSlice {
  banner: Banner | null;
  showBanner: (banner: Banner) => void;
  dismissBanner: () => void;
  /** The reader's text size, in per cent: every figure and all the prose are drawn this much bigger. */
  textSize: TextSize;
  setTextSize: (size: TextSize) => void;
  /**
   * The language the page is written in: the reader's own, first, when the page has it. The model
   * and the post's sentence follow it while the reader has changed neither (modelSlice).
   */
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  banner: null,
  showBanner: (banner) => set({ banner }),
  dismissBanner: () => set({ banner: null }),
  textSize: NORMAL_TEXT_SIZE,
  setTextSize: (textSize) => set({ textSize }),
  language: browserReadersLanguage(),
  setLanguage: (language) =>
    set((state) => ({ language, ...modelFollowingLanguage(state, language) })),
});

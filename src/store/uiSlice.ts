/** What the page says about itself: the banner above everything, for events a reader should know. */
import type { SliceCreator } from './types';

export interface Banner {
  kind: 'worker_restarted';
  message: string;
}

export interface UiSlice {
  banner: Banner | null;
  showBanner: (banner: Banner) => void;
  dismissBanner: () => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  banner: null,
  showBanner: (banner) => set({ banner }),
  dismissBanner: () => set({ banner: null }),
});

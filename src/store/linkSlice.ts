/**
 * What a shared link asked of the page beyond the sentence and the model: controls it hides or
 * fixes, what could not be used as given (its notices), and the selection it chose, which waits
 * for the run of the link's sentence before it can be applied and clamped to that run.
 */
import type { HeadAblation } from '../engine';
import type { Selection } from './selectionSlice';
import type { SliceCreator } from './types';

/** Controls a link may hide, so that a reader meets a focused exercise. */
export const HIDEABLE_CONTROLS = ['sentence', 'model', 'decoding', 'present', 'compare'] as const;
export type HideableControl = (typeof HIDEABLE_CONTROLS)[number];

/** Controls a link may show but fix: the reader sees them and cannot change them. */
export const LOCKABLE_CONTROLS = ['sentence', 'model', 'decoding', 'compare'] as const;
export type LockableControl = (typeof LOCKABLE_CONTROLS)[number];

/** Something of a link that the page could not use as given, said in the reader's words. */
export interface LinkNotice {
  /** The link's key it concerns (for tests and React keys); `link` for the link as a whole. */
  key: string;
  text: string;
}

/** A link's selection, counting from 0, and the sentence it was chosen on. */
export interface PendingLinkSelection {
  sentence: string;
  selection: Partial<Selection>;
}

export interface LinkSlice {
  hiddenControls: HideableControl[];
  lockedControls: LockableControl[];
  linkNotices: LinkNotice[];
  /** The link's selection until a run of its sentence arrives; null once applied or dropped. */
  pendingLinkSelection: PendingLinkSelection | null;
  /** The heads the link switches off, until the model's sizes are known to check them against. */
  pendingLinkHeads: HeadAblation | null;
  /** A link was opened: which controls it hides and fixes, and what it chose to select. */
  linkOpened: (change: {
    hidden: HideableControl[];
    locked: LockableControl[];
    pendingSelection: PendingLinkSelection | null;
    pendingHeads: HeadAblation | null;
  }) => void;
  /**
   * The model a link names, taken before the list of models arrives: the list keeps it if it
   * holds it (see setModelListings), else the page picks its first model.
   */
  preferModel: (key: string) => void;
  addLinkNotices: (notices: LinkNotice[]) => void;
  dismissLinkNotices: () => void;
  /** The link's selection was applied (clamped to the run), or can no longer be. */
  linkSelectionSettled: () => void;
  /** The link's heads, checked against the model: they are the heads switched off from now on. */
  linkHeadsSettled: (heads: HeadAblation) => void;
  /** Every control shown again and free to change. */
  showAllControls: () => void;
}

/** Notices kept at most: a hostile link could otherwise fill the page with them. */
const MAX_NOTICES = 12;

export const createLinkSlice: SliceCreator<LinkSlice> = (set) => ({
  hiddenControls: [],
  lockedControls: [],
  linkNotices: [],
  pendingLinkSelection: null,
  pendingLinkHeads: null,
  linkOpened: ({ hidden, locked, pendingSelection, pendingHeads }) =>
    set({
      hiddenControls: hidden,
      lockedControls: locked,
      pendingLinkSelection: pendingSelection,
      pendingLinkHeads: pendingHeads,
    }),
  preferModel: (key) => set({ modelKey: key }),
  addLinkNotices: (notices) =>
    set((state) =>
      notices.length === 0
        ? state
        : { linkNotices: [...state.linkNotices, ...notices].slice(0, MAX_NOTICES) },
    ),
  dismissLinkNotices: () => set({ linkNotices: [] }),
  linkSelectionSettled: () => set({ pendingLinkSelection: null }),
  linkHeadsSettled: (heads) => set({ ablatedHeads: heads, pendingLinkHeads: null }),
  showAllControls: () => set({ hiddenControls: [], lockedControls: [] }),
});

/**
 * What a section's figures read the page's store through. A section in the viewport follows the
 * store as it changes; a section out of it keeps showing the state it last drew, so that a new
 * run redraws only the figures a reader can see. It catches up when it comes into view, or when
 * the page is idle (see catchUp.ts). It always takes the first run it can draw, and the
 * clearing of the figures when another model is picked.
 *
 * Views read the store with useFigureStore instead of useStore; outside a section (tests, other
 * pages) it is the page's store itself.
 */
import { createContext, useContext } from 'react';
import { useStore as useStoreApi, type StoreApi } from 'zustand';
import { useStore, type AppState } from '../store';

type Listener = (state: AppState, previous: AppState) => void;

export type ReadableStore = Pick<StoreApi<AppState>, 'getState' | 'getInitialState' | 'subscribe'>;

export interface SectionStore extends ReadableStore {
  /** In the viewport (or holding the focus): show every change at once. */
  follow(following: boolean): void;
  /** Show the page's state now, even while far from the viewport. */
  catchUp(): void;
  /** Whether the page's store has moved on from what the section shows. */
  isBehind(): boolean;
  /** Starts listening to the page's store; returns the function that stops. */
  connect(): () => void;
}

/**
 * The view of `page` one section draws from. `fellBehind` is called each time the page changes
 * while the section keeps its older state; `typing` when the change is a new sentence or run.
 */
export function sectionStore(
  page: ReadableStore,
  fellBehind: (typing: boolean) => void,
): SectionStore {
  let shown = page.getState();
  let following = true;
  const listeners = new Set<Listener>();

  const show = (state: AppState) => {
    if (state === shown) return;
    const previous = shown;
    shown = state;
    for (const listener of listeners) listener(state, previous);
  };
  const pageChanged = (state: AppState, previous: AppState) => {
    // Without a run on either side there is nothing to keep: the change is cheap to draw.
    if (following || !shown.lastGood || !state.lastGood) show(state);
    else fellBehind(state.sentence !== previous.sentence || state.lastGood !== previous.lastGood);
  };

  return {
    getState: () => shown,
    getInitialState: () => page.getInitialState(),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    follow: (next) => {
      following = next;
      if (following) show(page.getState());
    },
    catchUp: () => show(page.getState()),
    isBehind: () => shown !== page.getState(),
    connect: () => {
      const stop = page.subscribe(pageChanged);
      // Changes made before listening began.
      pageChanged(page.getState(), shown);
      return stop;
    },
  };
}

export const SectionStoreContext = createContext<ReadableStore | null>(null);

/** useStore for figures: the section's view of the page's store, or the store itself. */
export function useFigureStore<T>(selector: (state: AppState) => T): T {
  return useStoreApi(useContext(SectionStoreContext) ?? useStore, selector);
}

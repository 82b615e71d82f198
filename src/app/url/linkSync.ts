/**
 * The address bar and the store kept in step. At start, the link in the address is opened; a
 * link pasted into the address of the open page is opened too. As the reader works, the address
 * follows the state, written with history.replaceState once the reader pauses: the address
 * always shares the view on screen, and the Back button is left alone.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../../store';
import { textIn } from '../../i18n';
import { linkFromState } from './linkFromState';
import { missingModelNotice } from './resolveLink';
import {
  modelsListed,
  openLink,
  settleLinkHeads,
  shownModelLabel,
  type LinkTargets,
} from './openLink';
import { parseLink } from './parseLink';
import { serialiseLink } from './serialiseLink';

/** How long the address waits for the reader to pause before it follows the state. */
export const ADDRESS_PAUSE_MS = 400;

export interface LinkSync {
  /** Writes the address now if the state has moved on since it was last written. */
  flush: () => void;
  stop: () => void;
}

export function startLinkSync(
  store: StoreApi<AppState>,
  targets: LinkTargets,
  win: Window = window,
): LinkSync {
  /** The address's fragment as last read or written, without `#`. */
  let written = win.location.hash.replace(/^#/, '');
  /** A model the link named before the list of models arrived, to check once it has. */
  let askedModel: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (hash: string) => {
    const { language } = store.getState();
    let parsed = parseLink(hash, textIn(language).link);
    // A link that sets the page's language is read again in it, so that its notices are too.
    const asked = parsed.link.language;
    if (asked !== undefined && asked !== language) parsed = parseLink(hash, textIn(asked).link);
    askedModel = modelsListed(store) ? null : (parsed.link.model ?? null);
    openLink(store, parsed, targets);
  };

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    // Until the list of models is in, the model in the store is not yet the page's choice.
    if (!modelsListed(store)) return;
    const hash = serialiseLink(linkFromState(store.getState()));
    if (hash === written) return;
    written = hash;
    const url = new URL(win.location.href);
    url.hash = hash;
    win.history.replaceState(win.history.state, '', url.href);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (askedModel !== null && state.models !== previous.models) {
      if (state.modelKey !== askedModel) {
        const words = textIn(state.language);
        const shown = shownModelLabel(state, words);
        state.addLinkNotices([missingModelNotice(askedModel, shown, words.link)]);
      }
      askedModel = null;
    }
    if (state.pendingLinkHeads && state.modelInfo) settleLinkHeads(store);
    const pending = state.pendingLinkSelection;
    // Another sentence: the link's selection was chosen for words no longer there.
    if (pending && state.sentence !== pending.sentence) state.linkSelectionSettled();
    if (linkInputsChanged(state, previous)) {
      clearTimeout(timer);
      timer = setTimeout(write, ADDRESS_PAUSE_MS);
    }
  });

  const onHashChange = () => {
    const hash = win.location.hash.replace(/^#/, '');
    if (hash === written) return;
    written = hash;
    open(hash);
  };

  if (written !== '') open(written);
  win.addEventListener('hashchange', onHashChange);
  return {
    flush: write,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
      win.removeEventListener('hashchange', onHashChange);
    },
  };
}

/** What linkFromState reads: stages streaming in change none of it, and cost nothing here. */
const LINK_INPUTS: readonly (keyof AppState)[] = [
  'sentence',
  'modelKey',
  'models',
  'decoding',
  'view',
  'section',
  'selection',
  'lastGood',
  'pendingLinkSelection',
  'pendingLinkHeads',
  'ablatedHeads',
  'compareSentence',
  'compareFigure',
  'hiddenControls',
  'lockedControls',
  'textSize',
  'language',
  'questions',
];

function linkInputsChanged(state: AppState, previous: AppState): boolean {
  return LINK_INPUTS.some((key) => state[key] !== previous[key]);
}

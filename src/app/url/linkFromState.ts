/**
 * The link of the page as it stands: what the reader would share right now. The selection is
 * written once a run is on screen (before that it is clamped to nothing and means nothing), or,
 * while a link's selection waits for its run, as the link gave it, so that opening a link and
 * changing nothing leaves the address as it was. The layer and head are written once chosen:
 * before that, the page shows its defaults (the "it" figures on the model's "it" head), and so
 * does a page opened from the link.
 */
import type { AppState } from '../../store';
import { HIDEABLE_CONTROLS, LOCKABLE_CONTROLS, type LinkState } from './linkState';
import { serialiseLink } from './serialiseLink';

export function linkFromState(state: AppState): LinkState {
  const comparing = state.view === 'compare';
  const pending = state.pendingLinkSelection;
  return {
    sentence: state.sentence,
    model: state.modelKey,
    decoding: state.decoding,
    view: state.view,
    section: state.section ?? undefined,
    selection: pending ? pending.selection : state.lastGood ? shownSelection(state) : {},
    heads: state.pendingLinkHeads ?? state.ablatedHeads,
    compare: comparing ? state.compareSentence : undefined,
    figure: comparing ? state.compareFigure : undefined,
    hidden: HIDEABLE_CONTROLS.filter((c) => state.hiddenControls.includes(c)),
    locked: LOCKABLE_CONTROLS.filter((c) => state.lockedControls.includes(c)),
    size: state.textSize,
    language: state.language,
    questions: [...state.questions],
  };
}

/** The full address of the page at `href` showing the state as it stands. */
export function linkAddress(state: AppState, href: string): string {
  const url = new URL(href);
  url.hash = serialiseLink(linkFromState(state));
  return url.href;
}

function shownSelection({ selection, headChosen }: AppState): LinkState['selection'] {
  if (headChosen) return selection;
  const { queryToken, step } = selection;
  return { queryToken, step };
}

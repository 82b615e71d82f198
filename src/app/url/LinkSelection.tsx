import { useEffect } from 'react';
import { useStore } from '../../store';
import { linkSelectionToApply } from './openLink';

/**
 * Applies a link's layer, head, word and step once the run of its sentence is on screen, clamped
 * to that run, with a notice for each it had to change.
 *
 * Placed after the figures: React runs the effects of one commit in the order of the tree, so
 * this runs after the figures' own choices for a first run (the self-attention view points at
 * "it" when no word has been chosen), and the link has the last word.
 */
export function LinkSelection() {
  const ready = useStore((state) => linkSelectionToApply(state) !== null);
  useEffect(() => {
    if (!ready) return;
    const state = useStore.getState();
    const applied = linkSelectionToApply(state);
    if (!applied) return;
    state.select(applied.selection);
    state.addLinkNotices(applied.notices);
    state.linkSelectionSettled();
  }, [ready]);
  return null;
}
